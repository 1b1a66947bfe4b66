package io.inpact.accounts;

import io.inpact.api.accounts.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.inpact.system.RedisKeys;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues, renews and revokes sessions: a signed JWT in the {@code INPACT_SESSION} cookie, with a
 * {@code jti} for the Redis deny-list and an {@code sv} (session version) claim that a password reset
 * outdates. Both Redis keys expire when no token they could refuse is still alive.
 */
@Singleton
class SessionService {

    static final String COOKIE = "INPACT_SESSION";
    static final String SESSION_VERSION_CLAIM = "sv";
    private static final String UNAVAILABLE = "sessions cannot be checked right now; try again shortly";

    private final TokenGenerator tokenGenerator;
    private final AccountsConfig config;
    private final AccountsRedis redis;
    private final String keyPrefix;

    SessionService(TokenGenerator tokenGenerator, AccountsConfig config,
                   AccountsRedis redis, RedisKeys keys) {
        this.tokenGenerator = tokenGenerator;
        this.config = config;
        this.redis = redis;
        this.keyPrefix = keys.keyPrefix();
    }

    Cookie start(UUID userId, Role role, int sessionVersion, HttpRequest<?> request) {
        long now = System.currentTimeMillis();
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", userId.toString());
        claims.put("roles", List.of(role.name()));
        claims.put("iat", new Date(now));
        claims.put("exp", new Date(now + config.sessionSeconds() * 1000));
        claims.put("jti", UUID.randomUUID().toString());
        claims.put(SESSION_VERSION_CLAIM, sessionVersion);
        String token = tokenGenerator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("session token for user [" + userId + "] not signed"));
        return cookie(token, Duration.ofSeconds(config.sessionSeconds()), request);
    }

    /** A new session for the same user and version; called once a session is past half its life. */
    Cookie renew(Authentication authentication, HttpRequest<?> request) {
        Role role = Role.valueOf(authentication.getRoles().iterator().next());
        return start(UUID.fromString(authentication.getName()), role, sessionVersion(authentication), request);
    }

    boolean pastHalfLife(Authentication authentication) {
        long issuedAt = epochSeconds(authentication.getAttributes().get("iat"));
        return issuedAt > 0 && System.currentTimeMillis() / 1000 - issuedAt > config.sessionSeconds() / 2;
    }

    /** Puts the session's token id on the deny-list until the token would have expired anyway. */
    void revoke(Authentication authentication) {
        Object jti = authentication.getAttributes().get("jti");
        long expiresAt = epochSeconds(authentication.getAttributes().get("exp"));
        long ttl = Math.max(1, expiresAt - System.currentTimeMillis() / 1000 + 1);
        if (jti != null) {
            redis.call(UNAVAILABLE, commands -> commands.setex(revokedKey(jti.toString()), ttl, "1"));
        }
    }

    /** Refuses every session of the user issued with a version below {@code version}. */
    void endAllSessions(UUID userId, int version) {
        redis.call(UNAVAILABLE, commands -> commands.setex(versionKey(userId.toString()),
                config.sessionSeconds() + 60, Integer.toString(version)));
    }

    /** Whether a token that passed signature and expiry checks is still a live session. */
    boolean isLive(Object jti, Object subject, Object sessionVersion) {
        if (jti == null || subject == null) {
            return false;
        }
        List<io.lettuce.core.KeyValue<String, String>> values = redis.call(UNAVAILABLE,
                commands -> commands.mget(revokedKey(jti.toString()), versionKey(subject.toString())));
        if (values.get(0).hasValue()) {
            return false;
        }
        if (values.get(1).hasValue()) {
            return sessionVersion instanceof Number number
                    && number.intValue() >= Integer.parseInt(values.get(1).getValue());
        }
        return true;
    }

    Cookie clear(HttpRequest<?> request) {
        return cookie("", Duration.ZERO, request);
    }

    static boolean secure(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }

    private static Cookie cookie(String value, Duration maxAge, HttpRequest<?> request) {
        return Cookie.of(COOKIE, value)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(secure(request))
                .path("/")
                .maxAge(maxAge);
    }

    private static int sessionVersion(Authentication authentication) {
        Object version = authentication.getAttributes().get(SESSION_VERSION_CLAIM);
        return version instanceof Number number ? number.intValue() : 0;
    }

    private static long epochSeconds(Object claim) {
        if (claim instanceof Date date) {
            return date.getTime() / 1000;
        }
        return claim instanceof Number number ? number.longValue() : 0;
    }

    private String revokedKey(String jti) {
        return keyPrefix + "session:revoked:" + jti;
    }

    private String versionKey(String userId) {
        return keyPrefix + "session:version:" + userId;
    }
}
