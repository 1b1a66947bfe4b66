package io.inpact.accounts;

import io.lettuce.core.ExpireArgs;
import io.lettuce.core.KeyValue;
import io.inpact.system.RedisKeys;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Counts failed sign-ins per account and per client address in Redis, in fixed windows; once either count
 * reaches its limit, sign-in is refused (429) until the window ends. Living in Redis, the counts outlast a
 * backend restart and are shared by every replica. Accounts are keyed by a hash of the e-mail. While Redis
 * cannot count, the action is refused with a 503 rather than allowed without a limit.
 */
@Singleton
class LoginRateLimiter {

    private static final String UNAVAILABLE = "sign-in and password reset are unavailable right now; try again shortly";

    private final AccountsRedis redis;
    private final AccountsConfig config;
    private final String keyPrefix;

    LoginRateLimiter(AccountsRedis redis, AccountsConfig config, RedisKeys keys) {
        this.redis = redis;
        this.config = config;
        this.keyPrefix = keys.keyPrefix();
    }

    /** Seconds until sign-in may be tried again, or 0 when it may be tried now. */
    long retryAfter(String email, String address) {
        String accountKey = accountKey(email);
        String addressKey = addressKey(address);
        List<KeyValue<String, String>> counts = redis.call(UNAVAILABLE,
                commands -> commands.mget(accountKey, addressKey));
        long wait = 0;
        if (count(counts.get(0)) >= config.loginMaxFailuresPerAccount()) {
            wait = Math.max(wait, ttl(accountKey));
        }
        if (count(counts.get(1)) >= config.loginMaxFailuresPerAddress()) {
            wait = Math.max(wait, ttl(addressKey));
        }
        return wait;
    }

    void recordFailure(String email, String address) {
        increment(accountKey(email));
        increment(addressKey(address));
    }

    void recordSuccess(String email) {
        redis.call(UNAVAILABLE, commands -> commands.del(accountKey(email)));
    }

    /** A generic per-address counter for other unauthenticated actions (e.g. reset mails); true when allowed. */
    boolean tryAcquire(String action, String address, int max) {
        String key = keyPrefix + "limit:" + action + ":" + address;
        return increment(key) <= max;
    }

    /** Seconds left in the window of a per-address counter. */
    long windowLeft(String action, String address) {
        return ttl(keyPrefix + "limit:" + action + ":" + address);
    }

    private long increment(String key) {
        return redis.call(UNAVAILABLE, commands -> {
            long count = commands.incr(key);
            commands.expire(key, config.loginWindowSeconds(), ExpireArgs.Builder.nx());
            return count;
        });
    }

    private long ttl(String key) {
        long ttl = redis.call(UNAVAILABLE, commands -> commands.ttl(key));
        return ttl > 0 ? ttl : 1;
    }

    private static long count(KeyValue<String, String> value) {
        return value.hasValue() ? Long.parseLong(value.getValue()) : 0;
    }

    private String accountKey(String email) {
        return keyPrefix + "login:account:" + sha256(email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    private String addressKey(String address) {
        return keyPrefix + "login:address:" + address;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
