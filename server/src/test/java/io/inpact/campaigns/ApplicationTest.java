package io.inpact.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.campaigns.ApplicationRequest;
import io.inpact.api.campaigns.ApplicationStatus;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.CampaignRequest;
import io.inpact.api.campaigns.CampaignStatus;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.DealView;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Page;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every transition of the application state machine and every refusal of one. */
@MicronautTest
class ApplicationTest implements TestPropertyProvider {

    static final Argument<Page<ApplicationView>> PAGE = Fixtures.pageOf(ApplicationView.class);
    static final Argument<Page<DealView>> DEALS = Fixtures.pageOf(DealView.class);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @Test
    void shouldCreateAPendingApplicationWhenACreatorApplies() {
        ApiSession brand = ApiSession.brand(server);
        CampaignView campaign = Fixtures.openCampaign(brand);
        ApiSession creator = ApiSession.creator(server);

        ApplicationView application = Fixtures.apply(creator, campaign, "750.5");

        assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(application.proposedFee()).isEqualTo("750.50");
        assertThat(application.creatorId()).isEqualTo(creator.userId());
        assertThat(application.brandId()).isEqualTo(campaign.brandId());
        assertThat(application.brandName()).isEqualTo(campaign.brandName()).isNotBlank();
        assertThat(creator.get(ApiPaths.APPLICATIONS_MINE).as(PAGE).items()).extracting(ApplicationView::id)
                .containsExactly(application.id());
        assertThat(brand.get(ApiPaths.campaignApplications(campaign.id())).as(PAGE).items())
                .extracting(ApplicationView::id).containsExactly(application.id());
        assertThat(brand.get(MarketplacePaths.APPLICATIONS_TO_REVIEW).as(PAGE).items())
                .extracting(ApplicationView::id).containsExactly(application.id());
    }

    @Test
    void shouldAnswer409WhenTheSameCreatorAppliesTwice() {
        CampaignView campaign = Fixtures.openCampaign(ApiSession.brand(server));
        ApiSession creator = ApiSession.creator(server);
        Fixtures.apply(creator, campaign, "300.00");

        ApiResponse second = creator.post(ApiPaths.campaignApplications(campaign.id()),
                new ApplicationRequest("Again", "200.00"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.error().code()).isEqualTo("already_applied");
    }

    @Test
    void shouldAnswer400WhenTheApplicationIsInvalid() {
        CampaignView campaign = Fixtures.openCampaign(ApiSession.brand(server));
        ApiSession creator = ApiSession.creator(server);

        ApiResponse response = creator.post(ApiPaths.campaignApplications(campaign.id()),
                new ApplicationRequest(" ", "0.00"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors()).containsKeys("proposal", "proposedFee");
    }

    @Test
    void shouldRefuseApplicationsWhenTheCampaignIsClosedDraftOrPastItsDeadline() {
        ApiSession brand = ApiSession.brand(server);
        CampaignView closed = Fixtures.openCampaign(brand);
        brand.post(ApiPaths.campaignClose(closed.id()), null);
        CampaignView draft = Fixtures.create(brand, Fixtures.campaign("Draft", CampaignStatus.DRAFT));
        CampaignView open = Fixtures.openCampaign(brand);
        ApiSession creator = ApiSession.creator(server);
        ApplicationRequest request = new ApplicationRequest("Pitch", "100.00");

        ApiResponse toClosed = creator.post(ApiPaths.campaignApplications(closed.id()), request);
        ApiResponse toDraft = creator.post(ApiPaths.campaignApplications(draft.id()), request);
        CampaignRequest r = Fixtures.campaign(open.title(), CampaignStatus.OPEN);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        brand.put(ApiPaths.campaign(open.id()), new CampaignRequest(r.title(), r.description(), r.niche(), r.deliverables(),
                r.ageGroups(), r.locations(), r.minEngagementRate(), r.budgetMin(), r.budgetMax(), yesterday, r.status()));
        ApiResponse late = creator.post(ApiPaths.campaignApplications(open.id()), request);

        assertThat(toClosed.status()).isEqualTo(409);
        assertThat(toClosed.error().code()).isEqualTo("campaign_closed");
        assertThat(toDraft.status()).isEqualTo(404);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.error().code()).isEqualTo("deadline_passed");
    }

    @Test
    void shouldWithdrawAPendingApplicationAndThenRefuseEveryOtherTransition() {
        Fixtures.Pending pending = Fixtures.pendingApplication(server, "100.00");
        ApiSession brand = pending.brand();
        String id = pending.application().id();

        ApiResponse withdrawn = pending.creator().post(ApiPaths.applicationWithdraw(id), null);
        ApiResponse accept = brand.post(ApiPaths.applicationAccept(id), null);
        ApiResponse reject = brand.post(ApiPaths.applicationReject(id), null);
        ApiResponse again = pending.creator().post(ApiPaths.applicationWithdraw(id), null);

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.as(ApplicationView.class).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(accept.status()).isEqualTo(409);
        assertThat(accept.error().code()).isEqualTo("invalid_transition");
        assertThat(reject.status()).isEqualTo(409);
        assertThat(again.status()).isEqualTo(409);
        assertThat(brand.get(ApiPaths.DEALS).as(DEALS).items()).isEmpty();
    }

    @Test
    void shouldRejectAPendingApplicationAndThenRefuseEveryOtherTransition() {
        Fixtures.Pending pending = Fixtures.pendingApplication(server, "100.00");
        String id = pending.application().id();

        ApiResponse rejected = pending.brand().post(ApiPaths.applicationReject(id), null);
        ApiResponse accept = pending.brand().post(ApiPaths.applicationAccept(id), null);
        ApiResponse withdraw = pending.creator().post(ApiPaths.applicationWithdraw(id), null);

        assertThat(rejected.as(ApplicationView.class).status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.as(ApplicationView.class).decidedAt()).isNotNull();
        assertThat(accept.status()).isEqualTo(409);
        assertThat(withdraw.status()).isEqualTo(409);
    }

    @Test
    void shouldCreateADealWhenTheBrandAcceptsAndThenRefuseEveryOtherTransition() {
        Fixtures.Pending pending = Fixtures.pendingApplication(server, "640.00");
        ApiSession brand = pending.brand();
        ApiSession creator = pending.creator();
        ApplicationView application = pending.application();

        ApplicationView accepted = Fixtures.accept(brand, application);
        ApiResponse again = brand.post(ApiPaths.applicationAccept(application.id()), null);
        ApiResponse reject = brand.post(ApiPaths.applicationReject(application.id()), null);
        ApiResponse withdraw = creator.post(ApiPaths.applicationWithdraw(application.id()), null);
        Page<DealView> brandDeals = brand.get(ApiPaths.DEALS).as(DEALS);
        Page<DealView> creatorDeals = creator.get(ApiPaths.DEALS).as(DEALS);

        assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.dealId()).isNotNull();
        assertThat(again.status()).isEqualTo(409);
        assertThat(reject.status()).isEqualTo(409);
        assertThat(withdraw.status()).isEqualTo(409);
        assertThat(brandDeals.items()).singleElement().satisfies(deal -> {
            assertThat(deal.id()).isEqualTo(accepted.dealId());
            assertThat(deal.agreedFee()).isEqualTo("640.00");
            assertThat(deal.paid()).isEqualTo("0.00");
            assertThat(deal.outstanding()).isEqualTo("640.00");
            assertThat(deal.campaignId()).isEqualTo(pending.campaign().id());
        });
        assertThat(creatorDeals.items()).extracting(DealView::id).containsExactly(accepted.dealId());
    }

    @Test
    void shouldStillLetTheBrandDecideWhenTheCampaignClosedAfterApplying() {
        Fixtures.Pending pending = Fixtures.pendingApplication(server, "100.00");
        pending.brand().post(ApiPaths.campaignClose(pending.campaign().id()), null);

        ApiResponse accepted = pending.brand().post(ApiPaths.applicationAccept(pending.application().id()), null);

        assertThat(accepted.status()).isEqualTo(200);
    }

    @Test
    void shouldFilterMyApplicationsByStatusWhenAsked() {
        ApiSession brand = ApiSession.brand(server);
        ApiSession creator = ApiSession.creator(server);
        ApplicationView pending = Fixtures.apply(creator, Fixtures.openCampaign(brand), "100.00");
        ApplicationView withdrawn = Fixtures.apply(creator, Fixtures.openCampaign(brand), "100.00");
        creator.post(ApiPaths.applicationWithdraw(withdrawn.id()), null);

        Page<ApplicationView> onlyPending = creator.get(ApiPaths.APPLICATIONS_MINE + "?status=PENDING").as(PAGE);

        assertThat(onlyPending.items()).extracting(ApplicationView::id).containsExactly(pending.id());
    }
}
