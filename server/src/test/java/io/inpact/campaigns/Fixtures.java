package io.inpact.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.campaigns.ApplicationRequest;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.CampaignRequest;
import io.inpact.api.campaigns.CampaignStatus;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.Deliverable;
import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Page;
import io.inpact.api.common.Platform;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;

/** Requests the marketplace tests build again and again, and calls that must succeed. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The type of a JSON page of T, for ApiResponse.as. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Argument<Page<T>> pageOf(Class<T> type) {
        return (Argument) Argument.of(Page.class, type);
    }

    public static CampaignRequest campaign(String title, CampaignStatus status) {
        return new CampaignRequest(title, "Show our new gear to people who train every day.", Niche.FITNESS,
                List.of(new Deliverable(Platform.YOUTUBE, DeliverableType.VIDEO, 1)),
                List.of(AgeGroup.AGE_18_24), List.of("India"), 3.0, "500.00", "1000.00", null, status);
    }

    public static CampaignRequest openCampaign() {
        return campaign("Campaign " + TestInfra.randomHex(4), CampaignStatus.OPEN);
    }

    public static CampaignView create(ApiSession brand, CampaignRequest request) {
        ApiResponse response = brand.post(ApiPaths.CAMPAIGNS, request);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.as(CampaignView.class);
    }

    public static CampaignView openCampaign(ApiSession brand) {
        return create(brand, openCampaign());
    }

    public static ApplicationView apply(ApiSession creator, CampaignView campaign, String fee) {
        ApiResponse response = creator.post(ApiPaths.campaignApplications(campaign.id()),
                new ApplicationRequest("I train daily and my audience asks for gear reviews.", fee));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.as(ApplicationView.class);
    }

    /** A new brand's open campaign, and a new creator's pending application to it asking {@code fee}. */
    public static Pending pendingApplication(EmbeddedServer server, String fee) {
        ApiSession brand = ApiSession.brand(server);
        ApiSession creator = ApiSession.creator(server);
        CampaignView campaign = openCampaign(brand);
        return new Pending(brand, creator, campaign, apply(creator, campaign, fee));
    }

    public record Pending(ApiSession brand, ApiSession creator, CampaignView campaign, ApplicationView application) {
    }

    public static ApplicationView accept(ApiSession brand, ApplicationView application) {
        ApiResponse response = brand.post(ApiPaths.applicationAccept(application.id()), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.as(ApplicationView.class);
    }
}
