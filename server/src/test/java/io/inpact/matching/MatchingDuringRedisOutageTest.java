package io.inpact.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.Role;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Page;
import io.inpact.api.matching.CreatorMatch;
import io.inpact.campaigns.Caller;
import io.inpact.campaigns.Fixtures;
import io.inpact.campaigns.Paging;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.FreePort;
import io.inpact.testsupport.RedisProxy;
import io.inpact.testsupport.TestInfra;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The match cache is an optimisation: while Redis cannot answer, rankings are computed from PostgreSQL,
 * promptly and the same as with the cache. A second backend on the same database but a broken Redis is
 * asked through its MatchService (over HTTP every signed-in request first checks the session in Redis,
 * which answers 503 while Redis is down: SessionWithDeadRedisTest).
 */
@MicronautTest
class MatchingDuringRedisOutageTest implements TestPropertyProvider {

    /** Well inside a client's patience; a hung Redis command would take Lettuce's default 60 s. */
    private static final Duration PROMPTLY = Duration.ofSeconds(8);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @Test
    void shouldRankFromPostgresWhenRedisRefusesConnections() {
        Ranked expected = rankedWithRedis();

        try (ApplicationContext outage = backend("redis://127.0.0.1:" + FreePort.closed())) {
            assertRanksAsExpectedPromptly(outage.getBean(MatchService.class), expected);
        }
    }

    @Test
    void shouldRankFromPostgresPromptlyWhenRedisStopsAnswering() {
        Ranked expected = rankedWithRedis();

        try (RedisProxy redis = new RedisProxy(); ApplicationContext backend = backend(redis.uri())) {
            MatchService matches = backend.getBean(MatchService.class);
            assertRanksAsExpectedPromptly(matches, expected);

            redis.freeze();

            assertRanksAsExpectedPromptly(matches, expected);
        }
    }

    /** A brand's open campaign with two fitting creators, ranked over HTTP by the backend with a working Redis. */
    private Ranked rankedWithRedis() {
        ApiSession brand = ApiSession.brand(server);
        CampaignView campaign = Fixtures.openCampaign(brand);
        for (String price : List.of("800.00", "2000.00")) {
            ApiSession creator = ApiSession.signUp(server, Role.CREATOR);
            ApiResponse saved = creator.put(ApiPaths.CREATOR_MY_PROFILE, MatchingTest.profile(Niche.FITNESS,
                    MatchingTest.YOUNG, MatchingTest.INDIA, 5.0, price));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        }
        Page<CreatorMatch> page = brand.get(ApiPaths.campaignMatches(campaign.id())).as(MatchingTest.CREATORS);
        return new Ranked(new Caller(UUID.fromString(brand.userId()), Role.BRAND), campaign.id(), page);
    }

    private static void assertRanksAsExpectedPromptly(MatchService matches, Ranked expected) {
        long started = System.nanoTime();
        Page<CreatorMatch> page = matches.creatorsFor(expected.brand(), expected.campaignId(), Paging.of(null, null));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("ranked after %s", took).isLessThan(PROMPTLY);
        assertThat(page.total()).isEqualTo(expected.page().total());
        assertThat(page.items()).extracting(CreatorMatch::creatorId, CreatorMatch::score)
                .containsExactlyElementsOf(expected.page().items().stream()
                        .map(match -> org.assertj.core.groups.Tuple.tuple(match.creatorId(), match.score())).toList());
    }

    private static ApplicationContext backend(String redisUri) {
        Map<String, Object> properties = new HashMap<>(TestInfra.properties());
        properties.put("redis.uri", redisUri);
        return ApplicationContext.run(properties);
    }

    private record Ranked(Caller brand, String campaignId, Page<CreatorMatch> page) {
    }
}
