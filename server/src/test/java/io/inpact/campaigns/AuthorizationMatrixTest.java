package io.inpact.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.campaigns.ApplicationRequest;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.campaigns.PaymentRequest;
import io.inpact.api.campaigns.PortfolioPostRequest;
import io.inpact.api.campaigns.PortfolioPostView;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every marketplace route against every kind of caller: anonymous, the owning brand, another brand,
 * the applicant creator and another creator. Each row lists the status each caller must get; the
 * state-changing routes run on fresh data per caller so one caller's success cannot hide another's.
 */
@MicronautTest
class AuthorizationMatrixTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    ApiSession anonymous;
    ApiSession owner;
    ApiSession otherBrand;
    ApiSession applicant;
    ApiSession otherCreator;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @BeforeEach
    void users() {
        anonymous = ApiSession.anonymous(server);
        owner = ApiSession.brand(server);
        otherBrand = ApiSession.brand(server);
        applicant = ApiSession.creator(server);
        otherCreator = ApiSession.creator(server);
    }

    /** Fresh data for one call: an open campaign of the owner with a pending application of the applicant. */
    record World(CampaignView campaign, ApplicationView application, String dealId, String postId) {
    }

    private World world(boolean withDeal) {
        CampaignView campaign = Fixtures.openCampaign(owner);
        ApplicationView application = Fixtures.apply(applicant, campaign, "100.00");
        String dealId = withDeal ? Fixtures.accept(owner, application).dealId() : null;
        PortfolioPostView post = applicant.post(MarketplacePaths.MY_POSTS, new PortfolioPostRequest("Post", "https://example.com/p",
                Niche.FITNESS, Platform.YOUTUBE, 10L, 1L, 1L, 100L, null)).as(PortfolioPostView.class);
        return new World(campaign, application, dealId, post.id());
    }

    interface Call {
        ApiResponse send(ApiSession caller, World world);
    }

    record Row(String route, boolean withDeal, Call call, int anon, int own, int brand, int creator, int otherCreator) {
    }

    @Test
    void shouldAnswerEachCallerAsTheMatrixSaysWhenCallingEveryRoute() {
        List<Row> rows = List.of(
                new Row("POST /campaigns", false, (s, w) -> s.post(ApiPaths.CAMPAIGNS, Fixtures.openCampaign()), 401, 201, 201, 403, 403),
                new Row("GET /campaigns", false, (s, w) -> s.get(ApiPaths.CAMPAIGNS), 401, 200, 200, 200, 200),
                new Row("GET /campaigns/mine", false, (s, w) -> s.get(MarketplacePaths.CAMPAIGNS_MINE), 401, 200, 200, 403, 403),
                new Row("GET /campaigns/{id}", false, (s, w) -> s.get(ApiPaths.campaign(w.campaign().id())), 401, 200, 200, 200, 200),
                new Row("PUT /campaigns/{id}", false, (s, w) -> s.put(ApiPaths.campaign(w.campaign().id()), Fixtures.openCampaign()), 401, 200, 403, 403, 403),
                new Row("POST /campaigns/{id}/close", false, (s, w) -> s.post(ApiPaths.campaignClose(w.campaign().id()), null), 401, 200, 403, 403, 403),
                new Row("POST /campaigns/{id}/applications", false, (s, w) -> s.post(ApiPaths.campaignApplications(w.campaign().id()),
                        new ApplicationRequest("Pitch", "10.00")), 401, 403, 403, 409, 201),
                new Row("GET /campaigns/{id}/applications", false, (s, w) -> s.get(ApiPaths.campaignApplications(w.campaign().id())), 401, 200, 403, 403, 403),
                new Row("GET /applications/mine", false, (s, w) -> s.get(ApiPaths.APPLICATIONS_MINE), 401, 403, 403, 200, 200),
                new Row("GET /applications/to-review", false, (s, w) -> s.get(MarketplacePaths.APPLICATIONS_TO_REVIEW), 401, 200, 200, 403, 403),
                new Row("POST /applications/{id}/accept", false, (s, w) -> s.post(ApiPaths.applicationAccept(w.application().id()), null), 401, 200, 404, 403, 403),
                new Row("POST /applications/{id}/reject", false, (s, w) -> s.post(ApiPaths.applicationReject(w.application().id()), null), 401, 200, 404, 403, 403),
                new Row("POST /applications/{id}/withdraw", false, (s, w) -> s.post(ApiPaths.applicationWithdraw(w.application().id()), null), 401, 403, 403, 200, 404),
                new Row("GET /deals", true, (s, w) -> s.get(ApiPaths.DEALS), 401, 200, 200, 200, 200),
                new Row("GET /deals/summary", true, (s, w) -> s.get(MarketplacePaths.DEAL_SUMMARY), 401, 200, 200, 200, 200),
                new Row("GET /deals/{id}", true, (s, w) -> s.get(MarketplacePaths.deal(w.dealId())), 401, 200, 404, 200, 404),
                new Row("POST /deals/{id}/payments", true, (s, w) -> s.post(ApiPaths.dealPayments(w.dealId()),
                        new PaymentRequest("10.00", null, null)), 401, 201, 404, 403, 403),
                new Row("GET /campaigns/{id}/matches", false, (s, w) -> s.get(ApiPaths.campaignMatches(w.campaign().id())), 401, 200, 403, 403, 403),
                new Row("GET /creators/me/matches", false, (s, w) -> s.get(ApiPaths.CREATOR_MY_MATCHES), 401, 403, 403, 200, 200),
                new Row("GET /creators/me/posts", false, (s, w) -> s.get(MarketplacePaths.MY_POSTS), 401, 403, 403, 200, 200),
                new Row("POST /creators/me/posts", false, (s, w) -> s.post(MarketplacePaths.MY_POSTS, new PortfolioPostRequest("P",
                        "https://example.com/x", Niche.FOOD, Platform.TIKTOK, 1L, 1L, 1L, 10L, null)), 401, 403, 403, 201, 201),
                new Row("PUT /creators/me/posts/{id}", false, (s, w) -> s.put(MarketplacePaths.myPost(w.postId()), new PortfolioPostRequest("P",
                        "https://example.com/x", Niche.FOOD, Platform.TIKTOK, 1L, 1L, 1L, 10L, null)), 401, 403, 403, 200, 404),
                new Row("DELETE /creators/me/posts/{id}", false, (s, w) -> s.send("DELETE", MarketplacePaths.myPost(w.postId()), null, null, Map.of()),
                        401, 403, 403, 204, 404),
                new Row("GET /creators/{id}/posts", false, (s, w) -> s.get(MarketplacePaths.creatorPosts(applicant.userId())), 401, 200, 200, 200, 200),
                new Row("GET /creators/{id}/metrics", false, (s, w) -> s.get(MarketplacePaths.creatorMetrics(applicant.userId())), 401, 200, 200, 200, 200));

        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (Row row : rows) {
            List<Integer> got = new ArrayList<>();
            for (ApiSession caller : List.of(anonymous, owner, otherBrand, applicant, otherCreator)) {
                got.add(row.call().send(caller, world(row.withDeal())).status());
            }
            expected.put(row.route(), List.of(row.anon(), row.own(), row.brand(), row.creator(), row.otherCreator()));
            actual.put(row.route(), got);
        }

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void shouldAnswerWithTheErrorShapeWhenRefusing() {
        World world = world(false);

        ApiResponse forbidden = otherBrand.post(ApiPaths.campaignClose(world.campaign().id()), null);
        ApiResponse notFound = otherBrand.post(ApiPaths.applicationAccept(world.application().id()), null);

        assertThat(forbidden.error().status()).isEqualTo(403);
        assertThat(forbidden.error().code()).isEqualTo("forbidden");
        assertThat(forbidden.error().message()).contains(world.campaign().id());
        assertThat(notFound.error().status()).isEqualTo(404);
        assertThat(notFound.error().message()).isEqualTo("application [id=" + world.application().id() + "] not found");
    }
}
