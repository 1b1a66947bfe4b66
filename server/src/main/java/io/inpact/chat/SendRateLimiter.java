package io.inpact.chat;

import jakarta.inject.Singleton;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per user for sends, kept on the replica that holds the socket: it must keep working
 * while Redis is away, when sends matter most. A user with sockets on several replicas gets the rate
 * on each of them.
 */
@Singleton
class SendRateLimiter {

    private final double perSecond;
    private final int burst;
    private final ConcurrentHashMap<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    SendRateLimiter(ChatConfig config) {
        this.perSecond = config.sendPerSecond();
        this.burst = config.sendBurst();
    }

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    /** Takes a token; 0 when allowed, else the whole seconds to wait (for Retry-After style hints). */
    long tryAcquire(UUID userId) {
        long now = System.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(userId, id -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedNanos) / 1e9 * perSecond);
            bucket.updatedNanos = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perSecond);
        }
    }

    /** Drops the bucket of a user with no socket left here (a full bucket is what a new one starts with). */
    void forget(UUID userId) {
        buckets.remove(userId);
    }
}
