package io.inpact.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.DealView;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Page;
import io.inpact.api.matching.CampaignMatch;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.ScratchDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void shouldSeedAFreshDatabaseOnceWithAccountsThatCanSignIn() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create()) {
            Map<String, Object> properties = new HashMap<>(database.properties());
            properties.put("inpact.demo-data", "true");
            properties.put("micronaut.server.port", "-1");

            long usersAfterFirst;
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
                usersAfterFirst = count(database, "select count(*) from users");
                ApiSession brand = ApiSession.anonymous(server);
                ApiResponse brandLogin = brand.post(ApiPaths.AUTH_LOGIN, new LoginRequest(DemoData.DEMO_BRAND_EMAIL, DemoData.PASSWORD));
                ApiSession creator = ApiSession.anonymous(server);
                ApiResponse creatorLogin = creator.post(ApiPaths.AUTH_LOGIN, new LoginRequest(DemoData.DEMO_CREATOR_EMAIL, DemoData.PASSWORD));

                assertThat(brandLogin.status()).as(brandLogin.toString()).isEqualTo(200);
                assertThat(creatorLogin.status()).as(creatorLogin.toString()).isEqualTo(200);
                Page<CampaignView> mine = brand.get(MarketplacePaths.CAMPAIGNS_MINE).as(Fixtures.pageOf(CampaignView.class));
                assertThat(mine.items()).isNotEmpty();
                Page<CampaignMatch> matches = creator.get(ApiPaths.CREATOR_MY_MATCHES).as(Fixtures.pageOf(CampaignMatch.class));
                assertThat(matches.total()).isGreaterThan(20);
                assertThat(matches.items().get(0).score()).isGreaterThan(matches.items().get(matches.items().size() - 1).score());
                assertThat(brand.get(ApiPaths.DEALS).as(Fixtures.pageOf(DealView.class)).items()).isNotNull();
            }
            try (EmbeddedServer again = ApplicationContext.run(EmbeddedServer.class, properties)) {
                assertThat(again.isRunning()).isTrue();
            }

            assertThat(usersAfterFirst).isEqualTo(DemoData.BRANDS.size() + DemoData.CREATORS.size());
            assertThat(count(database, "select count(*) from users")).isEqualTo(usersAfterFirst);
            assertThat(count(database, "select count(*) from demo_data_runs")).isEqualTo(1);
            assertThat(count(database, "select count(*) from deals")).isPositive();
            assertThat(count(database, "select count(distinct status) from applications")).isEqualTo(4);
            assertThat(count(database, "select count(*) from creator_match_features")).isEqualTo(DemoData.CREATORS.size());
        }
    }

    private static long count(ScratchDatabase database, String sql) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
