package io.inpact.matching;

import static io.inpact.api.matching.MatchComponents.AUDIENCE_AGE;
import static io.inpact.api.matching.MatchComponents.AUDIENCE_AGE_WEIGHT;
import static io.inpact.api.matching.MatchComponents.AUDIENCE_LOCATION;
import static io.inpact.api.matching.MatchComponents.AUDIENCE_LOCATION_WEIGHT;
import static io.inpact.api.matching.MatchComponents.ENGAGEMENT;
import static io.inpact.api.matching.MatchComponents.ENGAGEMENT_WEIGHT;
import static io.inpact.api.matching.MatchComponents.NICHE;
import static io.inpact.api.matching.MatchComponents.NICHE_WEIGHT;
import static io.inpact.api.matching.MatchComponents.PRICE;
import static io.inpact.api.matching.MatchComponents.PRICE_WEIGHT;
import static io.inpact.api.matching.MatchComponents.RECENT_PERFORMANCE;
import static io.inpact.api.matching.MatchComponents.RECENT_PERFORMANCE_WEIGHT;

import io.inpact.api.common.Money;
import io.inpact.api.matching.ScoreComponent;
import java.util.List;

/** Turns a scored row into the six components with weight, value, points and a sentence. */
final class MatchExplainer {

    private MatchExplainer() {
    }

    static List<ScoreComponent> components(MatchRepository.Scored s) {
        return List.of(
                component(AUDIENCE_AGE, AUDIENCE_AGE_WEIGHT, s.ageV(), s.ageAny()
                        ? "the campaign targets every age group"
                        : percent(s.ageShare()) + " of the audience is in the wanted age groups"),
                component(AUDIENCE_LOCATION, AUDIENCE_LOCATION_WEIGHT, s.locationV(), s.locationAny()
                        ? "the campaign targets every location"
                        : percent(s.locationShare()) + " of the audience is in the wanted locations"),
                component(ENGAGEMENT, ENGAGEMENT_WEIGHT, s.engagementV(), s.engagement() == null
                        ? "no engagement rate known yet"
                        : "engagement rate " + rate(s.engagement()) + " against a minimum of " + rate(s.minEngagement())),
                component(PRICE, PRICE_WEIGHT, s.priceV(), s.price() == null
                        ? "the creator has not priced every requested deliverable"
                        : "expected fee " + money(s.price()) + (s.price() <= s.budgetMax() ? " fits" : " exceeds")
                        + " the budget of up to " + money(s.budgetMax())),
                component(NICHE, NICHE_WEIGHT, s.nicheV(), s.nicheFit()
                        ? "the campaign's niche is one of the creator's"
                        : "the campaign's niche is not one of the creator's"),
                component(RECENT_PERFORMANCE, RECENT_PERFORMANCE_WEIGHT, s.recentV(), s.recentPosts() == 0
                        ? "no posts in the last 90 days"
                        : s.recentPosts() + " posts in the last 90 days averaging " + Math.round(s.recentViews())
                        + " views" + (s.typicalViews() == null ? "" : " against " + Math.round(s.typicalViews()) + " usually")));
    }

    static double score(MatchRepository.Scored s) {
        return round(s.score(), 10);
    }

    private static ScoreComponent component(String name, double weight, double value, String explanation) {
        return new ScoreComponent(name, weight, round(value, 1000), round(weight * value, 100), explanation);
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }

    private static String percent(double share) {
        return Math.round(Math.min(share, 100)) + "%";
    }

    private static String rate(double rate) {
        return round(rate, 100) + "%";
    }

    private static String money(double minor) {
        return Money.fromMinor(Math.min(Math.round(minor), Money.MAX_MINOR));
    }
}
