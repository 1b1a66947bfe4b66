package io.inpact.matching;

import static io.inpact.api.matching.MatchComponents.AUDIENCE_AGE_WEIGHT;
import static io.inpact.api.matching.MatchComponents.AUDIENCE_LOCATION_WEIGHT;
import static io.inpact.api.matching.MatchComponents.ENGAGEMENT_WEIGHT;
import static io.inpact.api.matching.MatchComponents.NICHE_WEIGHT;
import static io.inpact.api.matching.MatchComponents.PRICE_WEIGHT;
import static io.inpact.api.matching.MatchComponents.RECENT_PERFORMANCE_WEIGHT;

import java.math.BigDecimal;

/**
 * The match score as SQL, written once for both directions. Each input is a SQL expression over the
 * row (or a literal for the side that is fixed); the result selects the raw inputs, the six component
 * values (0..1) and the score (0..100). Component values:
 * <ul>
 * <li>audience age: share of the audience in the wanted age groups (1 when the campaign wants any)</li>
 * <li>audience location: share of the audience in the wanted places (1 when any)</li>
 * <li>engagement: rate ÷ max(minimum, 1 %), capped at 1; 0 when the rate is unknown</li>
 * <li>price: 1 when the creator's prices for the deliverables fit the budget's top, else budget ÷ price;
 * 0.5 when a price is missing</li>
 * <li>niche: 1 when the campaign's niche is one of the creator's</li>
 * <li>recent performance: recent posts' average views ÷ usual views, capped at 1; 0 without recent posts</li>
 * </ul>
 */
final class MatchFormula {

    record Inputs(String ageAny, String ageShare, String locationAny, String locationShare, String engagement,
                  String minEngagement, String price, String budgetMax, String nicheFit, String recentPosts,
                  String recentViews, String typicalViews) {
    }

    private MatchFormula() {
    }

    /** "select <inputs and values> from (<from>) r" ordered by score; from must expose the input columns. */
    static String rankedSql(String innerSelectList, String innerFrom, Inputs in, String idColumn) {
        String inner = "select " + innerSelectList + ",\n"
                + " (" + in.ageAny() + ") as age_any, (" + in.ageShare() + ")::float8 as age_share,\n"
                + " (" + in.locationAny() + ") as location_any, (" + in.locationShare() + ")::float8 as location_share,\n"
                + " (" + in.engagement() + ")::float8 as engagement, (" + in.minEngagement() + ")::float8 as min_engagement,\n"
                + " (" + in.price() + ")::float8 as price, (" + in.budgetMax() + ")::float8 as budget_max,\n"
                + " (" + in.nicheFit() + ") as niche_fit, (" + in.recentPosts() + ")::int as recent_posts,\n"
                + " (" + in.recentViews() + ")::float8 as recent_views, (" + in.typicalViews() + ")::float8 as typical_views\n"
                + innerFrom;
        String values = "select r.*,\n"
                + " case when r.age_any then 1.0 else least(1.0, r.age_share / 100.0) end as age_v,\n"
                + " case when r.location_any then 1.0 else least(1.0, r.location_share / 100.0) end as location_v,\n"
                + " case when r.engagement is null then 0.0"
                + " else least(1.0, r.engagement / greatest(r.min_engagement, 1.0)) end as engagement_v,\n"
                + " case when r.price is null then 0.5 when r.price <= r.budget_max then 1.0"
                + " else r.budget_max / r.price end as price_v,\n"
                + " case when r.niche_fit then 1.0 else 0.0 end as niche_v,\n"
                + " case when r.recent_posts = 0 then 0.0 when coalesce(r.typical_views, 0) <= 0 then 1.0"
                + " else least(1.0, r.recent_views / r.typical_views) end as recent_v\n"
                + "from (" + inner + ") r";
        String score = lit(AUDIENCE_AGE_WEIGHT) + " * v.age_v + " + lit(AUDIENCE_LOCATION_WEIGHT) + " * v.location_v + "
                + lit(ENGAGEMENT_WEIGHT) + " * v.engagement_v + " + lit(PRICE_WEIGHT) + " * v.price_v + "
                + lit(NICHE_WEIGHT) + " * v.niche_v + " + lit(RECENT_PERFORMANCE_WEIGHT) + " * v.recent_v";
        return "select v.*, " + score + " as score from (" + values + ") v\norder by score desc, v." + idColumn
                + " limit ? offset ?";
    }

    /** A number as a SQL literal: plain digits, never exponent notation, never from user text. */
    static String lit(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return BigDecimal.valueOf(value).toPlainString() + "::float8";
    }
}
