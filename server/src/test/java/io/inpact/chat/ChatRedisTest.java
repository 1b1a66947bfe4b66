package io.inpact.chat;

import io.inpact.testsupport.TestInfra;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.configuration.lettuce.DefaultRedisConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.inpact.chat.Waiting.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The chat's Redis probe, run by the test at moments of its choosing (the schedule's own probes wait an hour). */
class ChatRedisTest {

    private final AtomicInteger ups = new AtomicInteger();
    private final AtomicInteger downs = new AtomicInteger();
    private RedisClient client;
    private StatefulRedisConnection<String, String> admin;
    private ChatRedis redis;

    @BeforeEach
    void connect() {
        DefaultRedisConfiguration configuration = new DefaultRedisConfiguration();
        configuration.setUri(URI.create(TestInfra.redisUri()));
        redis = new ChatRedis(configuration, "test:" + TestInfra.randomHex(6) + ":", Duration.ofHours(1));
        redis.addStateListener(new ChatRedis.StateListener() {
            @Override
            public void redisUp() {
                ups.incrementAndGet();
            }

            @Override
            public void redisDown() {
                downs.incrementAndGet();
            }
        });
        client = RedisClient.create(TestInfra.redisUri());
        admin = client.connect();
    }

    @AfterEach
    void close() {
        admin.close();
        client.shutdown();
        redis.close();
    }

    @Test
    void shouldTellNothingWhenRedisStayedUpBetweenTwoProbes() {
        redis.check();

        assertThat(ups).hasValue(0);
        assertThat(downs).hasValue(0);
    }

    @Test
    void shouldTellRedisIsBackWhenItsConnectionsDroppedAndCameBackBetweenTwoProbes() {
        List<Long> dropped = RedisConnections.drop(admin, redis.clientName());
        assertThat(dropped).hasSize(3);
        // open again as new connections, for Redis and for lettuce alike
        waitFor("the chat's Redis connections back", () -> redis.connected()
                && RedisConnections.named(admin, redis.clientName()).stream().noneMatch(dropped::contains));

        redis.check();

        assertThat(ups).hasValue(1);
        assertThat(downs).hasValue(0);
        assertThat(redis.isUp()).isTrue();
    }
}
