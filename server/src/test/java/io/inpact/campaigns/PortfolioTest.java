package io.inpact.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.AudienceInsights;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.CreatorMetrics;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.campaigns.PortfolioPostRequest;
import io.inpact.api.campaigns.PortfolioPostView;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Page;
import io.inpact.api.common.Platform;
import io.inpact.api.matching.CreatorMatch;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class PortfolioTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    static PortfolioPostRequest post(long likes, long comments, long shares, long views, String postedAt) {
        return new PortfolioPostRequest("Leg day", "https://youtube.com/watch?v=" + TestInfra.randomHex(4), Niche.FITNESS,
                Platform.YOUTUBE, likes, comments, shares, views, postedAt);
    }

    @Test
    void shouldComputeMetricsFromPostsWhenACreatorListsContent() {
        ApiSession creator = ApiSession.creator(server);
        String old = LocalDate.now(ZoneOffset.UTC).minusDays(200).toString();

        ApiResponse created = creator.post(MarketplacePaths.MY_POSTS, post(400, 50, 50, 10_000, null));
        creator.post(MarketplacePaths.MY_POSTS, post(100, 0, 0, 30_000, old));
        CreatorMetrics metrics = ApiSession.brand(server).get(MarketplacePaths.creatorMetrics(creator.userId()))
                .as(CreatorMetrics.class);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.as(PortfolioPostView.class).engagementRate()).isEqualTo(5.0);
        assertThat(metrics).isEqualTo(new CreatorMetrics(creator.userId(), 2, 20_000, 1.5, 1, 10_000, 5.0));
    }

    @Test
    void shouldUpdateMetricsWhenAPostIsEditedOrDeleted() {
        ApiSession creator = ApiSession.creator(server);
        PortfolioPostView first = creator.post(MarketplacePaths.MY_POSTS, post(100, 0, 0, 1_000, null)).as(PortfolioPostView.class);
        PortfolioPostView second = creator.post(MarketplacePaths.MY_POSTS, post(0, 0, 0, 1_000, null)).as(PortfolioPostView.class);

        creator.put(MarketplacePaths.myPost(first.id()), post(300, 0, 0, 1_000, null));
        CreatorMetrics edited = creator.get(MarketplacePaths.creatorMetrics(creator.userId())).as(CreatorMetrics.class);
        creator.send("DELETE", MarketplacePaths.myPost(second.id()), null, null, Map.of());
        CreatorMetrics deleted = creator.get(MarketplacePaths.creatorMetrics(creator.userId())).as(CreatorMetrics.class);
        creator.send("DELETE", MarketplacePaths.myPost(first.id()), null, null, Map.of());
        CreatorMetrics none = creator.get(MarketplacePaths.creatorMetrics(creator.userId())).as(CreatorMetrics.class);

        assertThat(edited.engagementRate()).isEqualTo(15.0);
        assertThat(deleted.posts()).isEqualTo(1);
        assertThat(deleted.engagementRate()).isEqualTo(30.0);
        assertThat(none.posts()).isZero();
        assertThat(creator.get(MarketplacePaths.MY_POSTS).as(Fixtures.pageOf(PortfolioPostView.class)).items()).isEmpty();
    }

    @Test
    void shouldMatchOnMeasuredEngagementWhenTheCreatorHasPosts() {
        ApiSession creator = ApiSession.creator(server);
        creator.put(ApiPaths.CREATOR_MY_PROFILE, new CreatorProfileUpdate("Measured", null, List.of(Niche.FITNESS), List.of(),
                new AudienceInsights(Map.of(), Map.of(), 1.0, 5_000L, null), Map.of()));
        ApiSession brand = ApiSession.brand(server);
        CampaignView campaign = Fixtures.openCampaign(brand);
        creator.post(MarketplacePaths.MY_POSTS, post(500, 100, 0, 10_000, null));

        CreatorMatch match = allCreators(brand, campaign).stream().filter(m -> m.creatorId().equals(creator.userId()))
                .findFirst().orElseThrow();

        assertThat(match.engagementRate()).isEqualTo(6.0);
        assertThat(match.components().get(5).value()).isEqualTo(1.0);
    }

    @Test
    void shouldAnswer400WhenThePostIsInvalid() {
        ApiSession creator = ApiSession.creator(server);

        ApiResponse response = creator.post(MarketplacePaths.MY_POSTS, new PortfolioPostRequest("x", "javascript:alert(1)",
                null, Platform.TIKTOK, -1L, 0L, 0L, 0L, "2999-01-01"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors()).containsKeys("url", "category", "likes");
    }

    @Test
    void shouldAnswer404WhenEditingAnotherCreatorsPost() {
        PortfolioPostView post = ApiSession.creator(server).post(MarketplacePaths.MY_POSTS, post(1, 1, 1, 10, null))
                .as(PortfolioPostView.class);

        ApiResponse response = ApiSession.creator(server).put(MarketplacePaths.myPost(post.id()), post(1, 1, 1, 10, null));

        assertThat(response.status()).isEqualTo(404);
    }

    private static List<CreatorMatch> allCreators(ApiSession brand, CampaignView campaign) {
        List<CreatorMatch> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Page<CreatorMatch> p = brand.get(ApiPaths.campaignMatches(campaign.id()) + "?size=100&page=" + page)
                    .as(Fixtures.pageOf(CreatorMatch.class));
            all.addAll(p.items());
            if (!p.hasNext()) {
                return all;
            }
        }
    }
}
