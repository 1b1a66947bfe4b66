package io.inpact.system;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.micronaut.configuration.lettuce.AbstractRedisConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Deadlines for the shared Redis connection (sessions, sign-in limits, match cache): connecting and every
 * command answer or fail within {@link #DEADLINE}, and while the connection is down commands fail at once
 * instead of queueing for the reconnect. With Lettuce's defaults (60 s a command, queued while
 * disconnected) a Redis that hangs would hold each request a minute; this way it costs a 503 or a cache miss.
 */
@Singleton
final class SharedRedisDeadlines implements BeanCreatedEventListener<AbstractRedisConfiguration> {

    static final Duration DEADLINE = Duration.ofSeconds(2);

    /** The URI's timeout bounds the connection handshake and each synchronous command. */
    @Override
    public AbstractRedisConfiguration onCreated(BeanCreatedEvent<AbstractRedisConfiguration> event) {
        AbstractRedisConfiguration configuration = event.getBean();
        configuration.setTimeout(DEADLINE);
        configuration.getUri().ifPresent(uri -> uri.setTimeout(DEADLINE));
        return configuration;
    }

    @Singleton
    static final class FailFast implements BeanCreatedEventListener<RedisClient> {

        @Override
        public RedisClient onCreated(BeanCreatedEvent<RedisClient> event) {
            RedisClient client = event.getBean();
            client.setOptions(ClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .socketOptions(SocketOptions.builder().connectTimeout(DEADLINE).build())
                    .timeoutOptions(TimeoutOptions.enabled(DEADLINE))
                    .build());
            return client;
        }
    }
}
