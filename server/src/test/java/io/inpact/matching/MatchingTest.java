package io.inpact.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.inpact.api.accounts.AudienceInsights;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.campaigns.CampaignRequest;
import io.inpact.api.campaigns.CampaignStatus;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Page;
import io.inpact.api.matching.CampaignMatch;
import io.inpact.api.matching.CreatorMatch;
import io.inpact.api.matching.MatchComponents;
import io.inpact.api.matching.ScoreComponent;
import io.inpact.campaigns.Fixtures;
import io.inpact.system.RedisKeys;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-built creators and campaigns whose right order is obvious, ranked both ways through the API. */
@MicronautTest
class MatchingTest implements TestPropertyProvider {

    static final Argument<Page<CreatorMatch>> CREATORS = Fixtures.pageOf(CreatorMatch.class);
    static final Argument<Page<CampaignMatch>> CAMPAIGNS = Fixtures.pageOf(CampaignMatch.class);

    @Inject
    EmbeddedServer server;
    @Inject
    StatefulRedisConnection<String, String> redis;
    @Inject
    RedisKeys keys;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    /** The campaign of Fixtures: FITNESS, ages 18–24, India, minimum 3 %, one VIDEO, budget up to 1000.00. */
    static CreatorProfileUpdate profile(Niche niche, Map<String, Integer> ages, Map<String, Integer> places,
                                        Double engagement, String videoPrice) {
        return new CreatorProfileUpdate("Creator " + TestInfra.randomHex(3), "bio", List.of(niche), List.of(),
                new AudienceInsights(ages, places, engagement, 10_000L, null),
                videoPrice == null ? Map.of() : Map.of("VIDEO", videoPrice));
    }

    static final Map<String, Integer> YOUNG = Map.of("AGE_18_24", 100);
    static final Map<String, Integer> HALF_YOUNG = Map.of("AGE_18_24", 50, "AGE_35_44", 50);
    static final Map<String, Integer> INDIA = Map.of("India", 100);
    static final Map<String, Integer> HALF_INDIA = Map.of("india", 50, "USA", 50);

    private ApiSession creatorWith(CreatorProfileUpdate profile) {
        ApiSession creator = ApiSession.creator(server);
        ApiResponse saved = creator.put(ApiPaths.CREATOR_MY_PROFILE, profile);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return creator;
    }

    @Test
    void shouldRankCreatorsInTheObviousOrderWithScoresThatAddUp() {
        ApiSession brand = ApiSession.brand(server);
        CampaignView campaign = Fixtures.openCampaign(brand);
        Map<String, ApiSession> creators = new LinkedHashMap<>();
        creators.put("perfect", creatorWith(profile(Niche.FITNESS, YOUNG, INDIA, 5.0, "800.00")));
        creators.put("overpriced", creatorWith(profile(Niche.FITNESS, YOUNG, INDIA, 5.0, "2000.00")));
        creators.put("lowEngagement", creatorWith(profile(Niche.FITNESS, YOUNG, INDIA, 1.5, "800.00")));
        creators.put("wrongNiche", creatorWith(profile(Niche.FOOD, YOUNG, INDIA, 5.0, "800.00")));
        creators.put("halfAudience", creatorWith(profile(Niche.FITNESS, HALF_YOUNG, HALF_INDIA, 5.0, "800.00")));
        creators.put("unpriced", creatorWith(profile(Niche.FITNESS, Map.of(), Map.of(), null, null)));

        List<CreatorMatch> ranked = mine(allCreators(brand, campaign), creators);

        assertThat(ranked).extracting(CreatorMatch::creatorId).containsExactly(
                creators.values().stream().map(ApiSession::userId).toArray(String[]::new));
        assertThat(ranked).extracting(CreatorMatch::score).containsExactly(90.0, 82.5, 80.0, 75.0, 70.0, 22.5);
        for (CreatorMatch match : ranked) {
            assertThat(match.components()).extracting(ScoreComponent::name).containsExactly(
                    MatchComponents.AUDIENCE_AGE, MatchComponents.AUDIENCE_LOCATION, MatchComponents.ENGAGEMENT,
                    MatchComponents.PRICE, MatchComponents.NICHE, MatchComponents.RECENT_PERFORMANCE);
            assertThat(match.components().stream().mapToDouble(ScoreComponent::weight).sum()).isEqualTo(100.0);
            assertThat(match.components().stream().mapToDouble(ScoreComponent::points).sum()).isCloseTo(match.score(), within(0.05));
            assertThat(match.components()).allSatisfy(c -> assertThat(c.explanation()).isNotBlank());
        }
        ScoreComponent price = ranked.get(1).components().get(3);
        assertThat(price.value()).isEqualTo(0.5);
        assertThat(price.explanation()).contains("2000.00").contains("1000.00");
    }

    @Test
    void shouldRankCampaignsForACreatorAndLeaveOutClosedDraftAndExpiredOnes() {
        ApiSession creator = creatorWith(profile(Niche.FITNESS, YOUNG, INDIA, 5.0, "800.00"));
        ApiSession brand = ApiSession.brand(server);
        CampaignView best = Fixtures.openCampaign(brand);
        CampaignView tightBudget = Fixtures.create(brand, budget(Fixtures.openCampaign(), "100.00", "400.00"));
        CampaignView otherNiche = Fixtures.create(brand, niche(Fixtures.openCampaign(), Niche.FOOD));
        CampaignView draft = Fixtures.create(brand, Fixtures.campaign("Draft", CampaignStatus.DRAFT));
        CampaignView closed = Fixtures.openCampaign(brand);
        brand.post(ApiPaths.campaignClose(closed.id()), null);
        List<String> mine = List.of(best.id(), tightBudget.id(), otherNiche.id(), draft.id(), closed.id());

        List<CampaignMatch> ranked = allCampaigns(creator).stream().filter(m -> mine.contains(m.campaignId())).toList();

        assertThat(ranked).extracting(CampaignMatch::campaignId).containsExactly(best.id(), tightBudget.id(), otherNiche.id());
        assertThat(ranked).extracting(CampaignMatch::score).containsExactly(90.0, 82.5, 75.0);
    }

    @Test
    void shouldReRankWhenAProfileChangesAfterTheRankingWasCached() {
        ApiSession brand = ApiSession.brand(server);
        CampaignView campaign = Fixtures.openCampaign(brand);
        ApiSession creator = creatorWith(profile(Niche.FOOD, YOUNG, INDIA, 5.0, "800.00"));
        double before = scoreOf(brand, campaign, creator);
        String prefix = keys.key("match:");
        assertThat(redis.sync().keys(prefix + "campaign:" + campaign.id() + ":*")).isNotEmpty();

        creator.put(ApiPaths.CREATOR_MY_PROFILE, profile(Niche.FITNESS, YOUNG, INDIA, 5.0, "800.00"));
        double after = scoreOf(brand, campaign, creator);

        assertThat(before).isEqualTo(75.0);
        assertThat(after).isEqualTo(90.0);
    }

    @Test
    void shouldReRankWhenACampaignChangesAfterTheRankingWasCached() {
        ApiSession creator = creatorWith(profile(Niche.FITNESS, YOUNG, INDIA, 5.0, "800.00"));
        ApiSession brand = ApiSession.brand(server);
        CampaignView campaign = Fixtures.openCampaign(brand);
        double before = campaignScore(creator, campaign.id());
        assertThat(redis.sync().keys(keys.key("match:creator:" + creator.userId() + ":*"))).isNotEmpty();

        brand.put(ApiPaths.campaign(campaign.id()), niche(Fixtures.openCampaign(), Niche.FOOD));
        double afterEdit = campaignScore(creator, campaign.id());
        brand.post(ApiPaths.campaignClose(campaign.id()), null);
        boolean listedAfterClose = allCampaigns(creator).stream().anyMatch(m -> m.campaignId().equals(campaign.id()));

        assertThat(before).isEqualTo(90.0);
        assertThat(afterEdit).isEqualTo(75.0);
        assertThat(listedAfterClose).isFalse();
    }

    @Test
    void shouldAnswerAnEmptyPageWhenTheCreatorHasNoProfileYet() {
        Page<CampaignMatch> page = ApiSession.creator(server).get(ApiPaths.CREATOR_MY_MATCHES).as(CAMPAIGNS);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void shouldPageTheRankingWhenAskedForSmallPages() {
        ApiSession brand = ApiSession.brand(server);
        CampaignView campaign = Fixtures.openCampaign(brand);
        creatorWith(profile(Niche.FITNESS, YOUNG, INDIA, 5.0, "800.00"));
        creatorWith(profile(Niche.FOOD, YOUNG, INDIA, 5.0, "800.00"));

        Page<CreatorMatch> first = brand.get(ApiPaths.campaignMatches(campaign.id()) + "?size=1&page=0").as(CREATORS);
        Page<CreatorMatch> second = brand.get(ApiPaths.campaignMatches(campaign.id()) + "?size=1&page=1").as(CREATORS);

        assertThat(first.items()).hasSize(1);
        assertThat(second.items()).hasSize(1);
        assertThat(first.total()).isGreaterThanOrEqualTo(2);
        assertThat(first.items().get(0).score()).isGreaterThanOrEqualTo(second.items().get(0).score());
        assertThat(first.items().get(0).creatorId()).isNotEqualTo(second.items().get(0).creatorId());
    }

    private double scoreOf(ApiSession brand, CampaignView campaign, ApiSession creator) {
        return allCreators(brand, campaign).stream().filter(m -> m.creatorId().equals(creator.userId()))
                .findFirst().orElseThrow().score();
    }

    private double campaignScore(ApiSession creator, String campaignId) {
        return allCampaigns(creator).stream().filter(m -> m.campaignId().equals(campaignId)).findFirst().orElseThrow().score();
    }

    private static List<CreatorMatch> mine(List<CreatorMatch> all, Map<String, ApiSession> creators) {
        List<String> ids = creators.values().stream().map(ApiSession::userId).toList();
        return all.stream().filter(m -> ids.contains(m.creatorId())).toList();
    }

    private static List<CreatorMatch> allCreators(ApiSession brand, CampaignView campaign) {
        List<CreatorMatch> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<CreatorMatch> p = brand.get(ApiPaths.campaignMatches(campaign.id()) + "?size=100&page=" + page).as(CREATORS);
            all.addAll(p.items());
            if (!p.hasNext()) {
                return all;
            }
        }
    }

    private static List<CampaignMatch> allCampaigns(ApiSession creator) {
        List<CampaignMatch> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<CampaignMatch> p = creator.get(ApiPaths.CREATOR_MY_MATCHES + "?size=100&page=" + page).as(CAMPAIGNS);
            all.addAll(p.items());
            if (!p.hasNext()) {
                return all;
            }
        }
    }

    static CampaignRequest budget(CampaignRequest r, String min, String max) {
        return new CampaignRequest(r.title(), r.description(), r.niche(), r.deliverables(), r.ageGroups(), r.locations(),
                r.minEngagementRate(), min, max, r.applicationDeadline(), r.status());
    }

    static CampaignRequest niche(CampaignRequest r, Niche niche) {
        return new CampaignRequest(r.title(), r.description(), niche, r.deliverables(), r.ageGroups(), r.locations(),
                r.minEngagementRate(), r.budgetMin(), r.budgetMax(), r.applicationDeadline(), r.status());
    }
}
