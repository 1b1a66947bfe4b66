package io.inpact.matching;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.core.type.Argument;
import io.inpact.system.RedisKeys;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranked pages in Redis under versioned keys (see V23): a change bumps a version, so the next read
 * misses and recomputes; old entries expire. Redis trouble never fails a request, it only costs a
 * recomputation from PostgreSQL: Redis is connected on first use (a Redis down at start fails no bean) and
 * every command gives up within the shared connection's deadline (io.inpact.system.SharedRedisDeadlines).
 */
@Singleton
class MatchCache {

    static final long TTL_SECONDS = 600;
    private static final Logger LOG = LoggerFactory.getLogger(MatchCache.class);

    private final Provider<StatefulRedisConnection<String, String>> redis;
    private final ObjectMapper json;
    private final RedisKeys keys;

    MatchCache(Provider<StatefulRedisConnection<String, String>> redis, ObjectMapper json, RedisKeys keys) {
        this.redis = redis;
        this.json = json;
        this.keys = keys;
    }

    String key(String... parts) {
        return keys.key("match:" + String.join(":", parts));
    }

    <T> T get(String key, Argument<T> type, Supplier<T> compute) {
        String stored;
        try {
            stored = redis.get().sync().get(key);
        } catch (RuntimeException e) {
            LOG.warn("match cache unreachable, ranking {} from PostgreSQL: {}", key, e.toString());
            return compute.get();
        }
        Optional<T> cached = decode(key, stored, type);
        if (cached.isPresent()) {
            return cached.get();
        }
        T value = compute.get();
        write(key, value);
        return value;
    }

    private <T> Optional<T> decode(String key, String stored, Argument<T> type) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(stored, type));
        } catch (RuntimeException | IOException e) {
            LOG.warn("match cache entry {} unreadable: {}", key, e.toString());
            return Optional.empty();
        }
    }

    private void write(String key, Object value) {
        try {
            redis.get().sync().setex(key, TTL_SECONDS, json.writeValueAsString(value));
        } catch (RuntimeException | IOException e) {
            LOG.warn("match cache write of {} failed: {}", key, e.toString());
        }
    }
}
