package io.inpact.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.campaigns.CampaignRequest;
import io.inpact.api.campaigns.CampaignStatus;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Page;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class CampaignTest implements TestPropertyProvider {

    static final Argument<Page<CampaignView>> PAGE = Fixtures.pageOf(CampaignView.class);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @Test
    void shouldKeepADraftToItsBrandWhenCreatedWithoutStatus() {
        ApiSession brand = ApiSession.brand(server);
        ApiSession creator = ApiSession.creator(server);

        CampaignView draft = Fixtures.create(brand, Fixtures.campaign("Draft " + TestInfra.randomHex(4), null));

        assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(draft.applicationCount()).isZero();
        assertThat(brand.get(ApiPaths.campaign(draft.id())).status()).isEqualTo(200);
        assertThat(creator.get(ApiPaths.campaign(draft.id())).status()).isEqualTo(404);
        assertThat(ApiSession.brand(server).get(ApiPaths.campaign(draft.id())).status()).isEqualTo(404);
    }

    @Test
    void shouldPublishEditAndCloseWhenTheOwningBrandActs() {
        ApiSession brand = ApiSession.brand(server);
        CampaignView draft = Fixtures.create(brand, Fixtures.campaign("Gear", CampaignStatus.DRAFT));
        CampaignRequest edit = Fixtures.campaign("Gear for runners", CampaignStatus.OPEN);

        ApiResponse published = brand.put(ApiPaths.campaign(draft.id()), edit);
        ApiResponse backToDraft = brand.put(ApiPaths.campaign(draft.id()), Fixtures.campaign("Gear", CampaignStatus.DRAFT));
        ApiResponse closed = brand.post(ApiPaths.campaignClose(draft.id()), null);
        ApiResponse closedAgain = brand.post(ApiPaths.campaignClose(draft.id()), null);
        ApiResponse editClosed = brand.put(ApiPaths.campaign(draft.id()), edit);

        assertThat(published.status()).isEqualTo(200);
        assertThat(published.as(CampaignView.class).title()).isEqualTo("Gear for runners");
        assertThat(published.as(CampaignView.class).status()).isEqualTo(CampaignStatus.OPEN);
        assertThat(backToDraft.status()).isEqualTo(409);
        assertThat(backToDraft.error().code()).isEqualTo("invalid_transition");
        assertThat(closed.as(CampaignView.class).status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closedAgain.status()).isEqualTo(409);
        assertThat(editClosed.status()).isEqualTo(409);
        assertThat(editClosed.error().code()).isEqualTo("campaign_closed");
    }

    @Test
    void shouldRefuseAnotherBrandWhenItEditsOrClosesACampaign() {
        CampaignView campaign = Fixtures.openCampaign(ApiSession.brand(server));
        ApiSession other = ApiSession.brand(server);

        ApiResponse edit = other.put(ApiPaths.campaign(campaign.id()), Fixtures.openCampaign());
        ApiResponse close = other.post(ApiPaths.campaignClose(campaign.id()), null);
        CampaignView seen = other.get(ApiPaths.campaign(campaign.id())).as(CampaignView.class);

        assertThat(edit.status()).isEqualTo(403);
        assertThat(close.status()).isEqualTo(403);
        assertThat(seen.applicationCount()).isNull();
    }

    @Test
    void shouldAnswer400WithFieldErrorsWhenTheCampaignIsInvalid() {
        ApiSession brand = ApiSession.brand(server);
        CampaignRequest bad = new CampaignRequest("", "d", null, List.of(), null, null, 120.0, "10.999", "5.00",
                "2026-02-30", CampaignStatus.CLOSED);

        ApiResponse response = brand.post(ApiPaths.CAMPAIGNS, bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors()).containsKeys("title", "niche", "deliverables", "minEngagementRate",
                "budgetMin", "applicationDeadline", "status");
    }

    @Test
    void shouldAnswer400WhenBudgetMaxIsBelowBudgetMin() {
        CampaignRequest r = Fixtures.openCampaign();
        CampaignRequest bad = new CampaignRequest(r.title(), r.description(), r.niche(), r.deliverables(), r.ageGroups(),
                r.locations(), r.minEngagementRate(), "900.00", "100.00", null, CampaignStatus.OPEN);

        ApiResponse response = ApiSession.brand(server).post(ApiPaths.CAMPAIGNS, bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors()).containsKey("budgetMax");
    }

    @Test
    void shouldFindOpenCampaignsByTextNicheAndBudgetWhenCreatorsSearch() {
        String word = "zq" + TestInfra.randomHex(4);
        ApiSession brand = ApiSession.brand(server);
        CampaignView cheap = Fixtures.create(brand, withBudget(Fixtures.campaign(word + " smoothie", CampaignStatus.OPEN), "100.00", "200.00"));
        CampaignView rich = Fixtures.create(brand, withBudget(Fixtures.campaign(word + " protein", CampaignStatus.OPEN), "2000.00", "5000.00"));
        Fixtures.create(brand, Fixtures.campaign(word + " hidden draft", CampaignStatus.DRAFT));
        CampaignView closed = Fixtures.create(brand, Fixtures.campaign(word + " closed", CampaignStatus.OPEN));
        brand.post(ApiPaths.campaignClose(closed.id()), null);
        ApiSession creator = ApiSession.creator(server);

        Page<CampaignView> all = creator.get(ApiPaths.CAMPAIGNS + "?q=" + word).as(PAGE);
        Page<CampaignView> byBudget = creator.get(ApiPaths.CAMPAIGNS + "?q=" + word + "&minBudget=1000").as(PAGE);
        Page<CampaignView> byNiche = creator.get(ApiPaths.CAMPAIGNS + "?q=" + word + "&niche=FOOD").as(PAGE);
        Page<CampaignView> sorted = creator.get(ApiPaths.CAMPAIGNS + "?q=" + word + "&sort=BUDGET_HIGH&size=1&page=1").as(PAGE);

        assertThat(all.items()).extracting(CampaignView::id).containsExactlyInAnyOrder(cheap.id(), rich.id());
        assertThat(all.total()).isEqualTo(2);
        assertThat(byBudget.items()).extracting(CampaignView::id).containsExactly(rich.id());
        assertThat(byNiche.items()).isEmpty();
        assertThat(sorted.items()).extracting(CampaignView::id).containsExactly(cheap.id());
        assertThat(sorted.total()).isEqualTo(2);
    }

    @Test
    void shouldMatchWordFormsWhenSearchingByText() {
        String word = "zq" + TestInfra.randomHex(4);
        CampaignView campaign = Fixtures.create(ApiSession.brand(server),
                Fixtures.campaign(word + " running shoes", CampaignStatus.OPEN));

        Page<CampaignView> found = ApiSession.creator(server).get(ApiPaths.CAMPAIGNS + "?q=" + word + "+run+shoe").as(PAGE);

        assertThat(found.items()).extracting(CampaignView::id).contains(campaign.id());
    }

    @Test
    void shouldAnswer400WhenSearchParametersAreInvalid() {
        ApiSession creator = ApiSession.creator(server);

        assertThat(creator.get(ApiPaths.CAMPAIGNS + "?minBudget=abc").status()).isEqualTo(400);
        assertThat(creator.get(ApiPaths.CAMPAIGNS + "?size=1000").status()).isEqualTo(400);
        assertThat(creator.get(ApiPaths.CAMPAIGNS + "?page=-1").status()).isEqualTo(400);
        assertThat(creator.get(ApiPaths.CAMPAIGNS + "?niche=KNITTING").status()).isEqualTo(400);
        assertThat(creator.get(ApiPaths.CAMPAIGNS + "?q=" + "a".repeat(300)).status()).isEqualTo(400);
    }

    @Test
    void shouldListOnlyTheBrandsOwnCampaignsWithCountsWhenAskingForMine() {
        ApiSession brand = ApiSession.brand(server);
        CampaignView open = Fixtures.openCampaign(brand);
        CampaignView draft = Fixtures.create(brand, Fixtures.campaign("Draft", CampaignStatus.DRAFT));
        Fixtures.openCampaign(ApiSession.brand(server));
        Fixtures.apply(ApiSession.creator(server), open, "300.00");

        Page<CampaignView> mine = brand.get(MarketplacePaths.CAMPAIGNS_MINE).as(PAGE);

        assertThat(mine.items()).extracting(CampaignView::id).containsExactly(draft.id(), open.id());
        assertThat(mine.items().get(1).applicationCount()).isEqualTo(1);
        assertThat(mine.items().get(1).pendingApplicationCount()).isEqualTo(1);
    }

    @Test
    void shouldAnswer404WhenTheCampaignIdIsUnknownOrMalformed() {
        ApiSession creator = ApiSession.creator(server);

        assertThat(creator.get(ApiPaths.campaign("00000000-0000-0000-0000-000000000000")).status()).isEqualTo(404);
        assertThat(creator.get(ApiPaths.campaign("not-an-id")).error().status()).isEqualTo(404);
    }

    static CampaignRequest withBudget(CampaignRequest r, String min, String max) {
        return new CampaignRequest(r.title(), r.description(), r.niche(), r.deliverables(), r.ageGroups(), r.locations(),
                r.minEngagementRate(), min, max, r.applicationDeadline(), r.status());
    }

    static CampaignRequest withNiche(CampaignRequest r, Niche niche) {
        return new CampaignRequest(r.title(), r.description(), niche, r.deliverables(), r.ageGroups(), r.locations(),
                r.minEngagementRate(), r.budgetMin(), r.budgetMax(), r.applicationDeadline(), r.status());
    }
}
