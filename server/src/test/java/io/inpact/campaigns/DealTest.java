package io.inpact.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.DealStatus;
import io.inpact.api.campaigns.DealSummary;
import io.inpact.api.campaigns.DealView;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.campaigns.PaymentRequest;
import io.inpact.api.common.ApiPaths;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class DealTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    record Deal(ApiSession brand, ApiSession creator, String id) {
    }

    private Deal deal(String fee) {
        Fixtures.Pending pending = Fixtures.pendingApplication(server, fee);
        ApplicationView accepted = Fixtures.accept(pending.brand(), pending.application());
        return new Deal(pending.brand(), pending.creator(), accepted.dealId());
    }

    @Test
    void shouldShowPaidAndOutstandingToBothSidesWhenTheBrandRecordsPayments() {
        Deal deal = deal("1000.00");

        ApiResponse first = deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest("250.00", "deposit", null));
        ApiResponse second = deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest("150.5", null, false));
        DealView seenByCreator = deal.creator().get(MarketplacePaths.deal(deal.id())).as(DealView.class);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.as(DealView.class).outstanding()).isEqualTo("750.00");
        assertThat(second.as(DealView.class).paid()).isEqualTo("400.50");
        assertThat(seenByCreator.paid()).isEqualTo("400.50");
        assertThat(seenByCreator.outstanding()).isEqualTo("599.50");
        assertThat(seenByCreator.status()).isEqualTo(DealStatus.ACTIVE);
        assertThat(seenByCreator.payments()).extracting(p -> p.amount()).containsExactly("250.00", "150.50");
        assertThat(seenByCreator.payments().get(0).note()).isEqualTo("deposit");
    }

    @Test
    void shouldRefuseAnOverpaymentWhenItIsNotConfirmed() {
        Deal deal = deal("100.00");
        deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest("60.00", null, null));

        ApiResponse refused = deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest("50.00", null, null));
        DealView unchanged = deal.brand().get(MarketplacePaths.deal(deal.id())).as(DealView.class);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error().code()).isEqualTo("overpayment_unconfirmed");
        assertThat(refused.error().message()).contains("40.00");
        assertThat(unchanged.paid()).isEqualTo("60.00");
    }

    @Test
    void shouldRecordAnOverpaymentWhenItIsConfirmed() {
        Deal deal = deal("100.00");

        ApiResponse paid = deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest("120.00", "bonus", true));

        assertThat(paid.status()).isEqualTo(201);
        assertThat(paid.as(DealView.class).paid()).isEqualTo("120.00");
        assertThat(paid.as(DealView.class).outstanding()).isEqualTo("0.00");
        assertThat(paid.as(DealView.class).status()).isEqualTo(DealStatus.PAID);
    }

    @Test
    void shouldMarkTheDealPaidWhenPaymentsReachTheAgreedFee() {
        Deal deal = deal("100.00");

        DealView paid = deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest("100.00", null, null))
                .as(DealView.class);

        assertThat(paid.status()).isEqualTo(DealStatus.PAID);
        assertThat(paid.outstanding()).isEqualTo("0.00");
    }

    @Test
    void shouldAnswer400WhenThePaymentAmountIsInvalid() {
        Deal deal = deal("100.00");

        assertThat(deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest("-5", null, null)).status()).isEqualTo(400);
        assertThat(deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest("0", null, null)).status()).isEqualTo(400);
        assertThat(deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest(null, null, null)).status()).isEqualTo(400);
        assertThat(deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest("1.001", null, null)).status()).isEqualTo(400);
    }

    @Test
    void shouldRefusePaymentsFromAnyoneButTheDealsBrand() {
        Deal deal = deal("100.00");
        PaymentRequest payment = new PaymentRequest("10.00", null, null);

        assertThat(deal.creator().post(ApiPaths.dealPayments(deal.id()), payment).status()).isEqualTo(403);
        assertThat(ApiSession.brand(server).post(ApiPaths.dealPayments(deal.id()), payment).status()).isEqualTo(404);
        assertThat(ApiSession.creator(server).get(MarketplacePaths.deal(deal.id())).status()).isEqualTo(404);
    }

    @Test
    void shouldSumEarningsAndSpendWhenAskingForTheSummary() {
        Deal deal = deal("300.00");
        deal.brand().post(ApiPaths.dealPayments(deal.id()), new PaymentRequest("100.00", null, null));

        DealSummary brand = deal.brand().get(MarketplacePaths.DEAL_SUMMARY).as(DealSummary.class);
        DealSummary creator = deal.creator().get(MarketplacePaths.DEAL_SUMMARY).as(DealSummary.class);

        assertThat(brand).isEqualTo(new DealSummary(1, 1, "300.00", "100.00", "200.00"));
        assertThat(creator).isEqualTo(brand);
    }
}
