package io.inpact.system;

import io.inpact.api.common.ComponentHealth;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.util.concurrent.CompletionStage;

/**
 * Sends PING over a connection of its own, so a Redis that went away is seen at once rather than
 * hidden behind a shared connection's reconnect buffer.
 */
@Singleton
final class RedisCheck implements DependencyCheck {

    static final String NAME = "redis";

    private final RedisClient client;
    private final RedisURI uri;

    RedisCheck(RedisClient client, @Property(name = "redis.uri") String uri) {
        this.client = client;
        this.uri = RedisURI.create(uri);
        this.uri.setTimeout(TIMEOUT);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Mono<ComponentHealth> check() {
        return DependencyCheck.timed(NAME, Mono.fromCompletionStage(this::ping));
    }

    private CompletionStage<String> ping() {
        return client.connectAsync(StringCodec.UTF8, uri)
                .thenCompose(connection -> connection.async().ping()
                        .whenComplete((pong, error) -> close(connection)));
    }

    private static void close(StatefulRedisConnection<String, String> connection) {
        connection.closeAsync();
    }
}
