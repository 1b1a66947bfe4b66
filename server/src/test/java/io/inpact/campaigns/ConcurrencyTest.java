package io.inpact.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.campaigns.ApplicationRequest;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.DealView;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.campaigns.PaymentRequest;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Page;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Several tabs acting at the same instant: the row locks and unique keys must leave one outcome. */
@MicronautTest
class ConcurrencyTest implements TestPropertyProvider {

    private static final int TABS = 8;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @Test
    void shouldMakeExactlyOneDealWhenBrandTabsAcceptAtOnce() throws Exception {
        ApiSession brand = ApiSession.brand(server);
        ApplicationView application = Fixtures.apply(ApiSession.creator(server), Fixtures.openCampaign(brand), "500.00");
        List<ApiSession> tabs = tabs(brand);

        List<Integer> statuses = atOnce(tabs, tab -> tab.post(ApiPaths.applicationAccept(application.id()), null));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(TABS - 1);
        Page<DealView> deals = brand.get(ApiPaths.DEALS).as(Fixtures.pageOf(DealView.class));
        assertThat(deals.total()).isEqualTo(1);
    }

    @Test
    void shouldKeepOneApplicationAndAnswer409WhenCreatorTabsApplyAtOnce() throws Exception {
        CampaignView campaign = Fixtures.openCampaign(ApiSession.brand(server));
        ApiSession creator = ApiSession.creator(server);
        List<ApiSession> tabs = tabs(creator);

        List<Integer> statuses = atOnce(tabs, tab -> tab.post(ApiPaths.campaignApplications(campaign.id()),
                new ApplicationRequest("Pick me", "100.00")));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(TABS - 1);
        assertThat(creator.get(ApiPaths.APPLICATIONS_MINE).as(Fixtures.pageOf(ApplicationView.class)).total())
                .isEqualTo(1);
    }

    @Test
    void shouldNeverExceedTheFeeWhenUnconfirmedPaymentsRace() throws Exception {
        ApiSession brand = ApiSession.brand(server);
        ApplicationView accepted = Fixtures.accept(brand,
                Fixtures.apply(ApiSession.creator(server), Fixtures.openCampaign(brand), "300.00"));
        List<ApiSession> tabs = tabs(brand);

        List<Integer> statuses = atOnce(tabs, tab -> tab.post(ApiPaths.dealPayments(accepted.dealId()),
                new PaymentRequest("100.00", null, null)));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(TABS - 3);
        DealView deal = brand.get(MarketplacePaths.deal(accepted.dealId())).as(DealView.class);
        assertThat(deal.paid()).isEqualTo("300.00");
        assertThat(deal.payments()).hasSize(3);
    }

    @Test
    void shouldSeeEitherTheWithdrawalOrTheAcceptanceWhenBothHappenAtOnce() throws Exception {
        Fixtures.Pending pending = Fixtures.pendingApplication(server, "100.00");
        ApiSession brand = pending.brand();
        ApplicationView application = pending.application();

        List<Integer> statuses = atOnce(List.of(brand, pending.creator()), session -> session == brand
                ? session.post(ApiPaths.applicationAccept(application.id()), null)
                : session.post(ApiPaths.applicationWithdraw(application.id()), null));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        long deals = brand.get(ApiPaths.DEALS).as(Fixtures.pageOf(DealView.class)).total();
        assertThat(deals).isEqualTo(statuses.get(0) == 200 ? 1 : 0);
    }

    /** Browser tabs share the session cookie: the same session, used from several threads at once. */
    private static List<ApiSession> tabs(ApiSession session) {
        return Collections.nCopies(TABS, session);
    }

    /** Sends one request per session, all released at the same instant; the statuses in session order. */
    private static List<Integer> atOnce(List<ApiSession> sessions, Function<ApiSession, ApiResponse> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (ApiSession session : sessions) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(session);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                statuses.add(future.get().status());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
