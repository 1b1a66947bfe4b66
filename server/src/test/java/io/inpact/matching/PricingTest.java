package io.inpact.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.AudienceInsights;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.Niche;
import io.inpact.api.matching.DeliverablePrice;
import io.inpact.api.matching.PriceInput;
import io.inpact.api.matching.PricingRecommendation;
import io.inpact.campaigns.Fixtures;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class PricingTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    private ApiSession creator(Niche niche, long averageViews, double engagement) {
        ApiSession creator = ApiSession.creator(server);
        ApiResponse saved = creator.put(ApiPaths.CREATOR_MY_PROFILE, new CreatorProfileUpdate("Priced", null, List.of(niche),
                List.of(), new AudienceInsights(Map.of(), Map.of(), engagement, averageViews, null), Map.of()));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return creator;
    }

    @Test
    void shouldPriceFromViewsAndEngagementWhenThereAreNoComparableDeals() {
        ApiSession creator = creator(Niche.PETS, 10_000, 6.0);

        PricingRecommendation pricing = creator.get(ApiPaths.CREATOR_MY_PRICING).as(PricingRecommendation.class);

        assertThat(pricing.method()).isEqualTo("cpm-model");
        assertThat(pricing.comparables()).isEmpty();
        assertThat(pricing.inputs()).extracting(PriceInput::name).contains("averageViews", "engagementRate",
                "engagementFactor", "calibration", "baseCpm.VIDEO");
        assertThat(price(pricing, DeliverableType.VIDEO)).isEqualTo(
                new DeliverablePrice(DeliverableType.VIDEO, "400.00", "500.00", "625.00"));
        assertThat(price(pricing, DeliverableType.STORY).recommended()).isEqualTo("120.00");
    }

    @Test
    void shouldCalibrateWithAcceptedDealsOfSimilarCreatorsWhenThereAreEnough() {
        ApiSession brand = ApiSession.brand(server);
        for (int i = 0; i < 3; i++) {
            ApiSession peer = creator(Niche.AUTOMOTIVE, 12_000, 3.0);
            CampaignView campaign = Fixtures.create(brand, MatchingTest.niche(Fixtures.openCampaign(), Niche.AUTOMOTIVE));
            Fixtures.accept(brand, Fixtures.apply(peer, campaign, "600.00"));
        }
        ApiSession unrelated = creator(Niche.AUTOMOTIVE, 900_000, 3.0);
        CampaignView big = Fixtures.create(brand, MatchingTest.niche(Fixtures.openCampaign(), Niche.AUTOMOTIVE));
        Fixtures.accept(brand, Fixtures.apply(unrelated, big, "99000.00"));
        ApiSession creator = creator(Niche.AUTOMOTIVE, 12_000, 3.0);

        PricingRecommendation pricing = creator.get(ApiPaths.CREATOR_MY_PRICING).as(PricingRecommendation.class);

        assertThat(pricing.method()).isEqualTo("cpm-calibrated");
        assertThat(pricing.comparables()).hasSize(3).allSatisfy(c -> assertThat(c.ratioToModel()).isEqualTo(2.0));
        assertThat(pricing.calibration()).isEqualTo(2.0);
        assertThat(price(pricing, DeliverableType.VIDEO).recommended()).isEqualTo("600.00");
    }

    @Test
    void shouldAnswer409WhenTheCreatorHasNoProfileYet() {
        ApiResponse response = ApiSession.creator(server).get(ApiPaths.CREATOR_MY_PRICING);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.error().code()).isEqualTo("profile_incomplete");
    }

    private static DeliverablePrice price(PricingRecommendation pricing, DeliverableType type) {
        return pricing.prices().stream().filter(p -> p.type() == type).findFirst().orElseThrow();
    }
}
