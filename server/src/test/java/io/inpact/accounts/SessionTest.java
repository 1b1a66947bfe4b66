package io.inpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.common.ApiPaths;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SessionTest implements TestPropertyProvider {

    private static final Map<String, String> PROPERTIES = TestInfra.properties();

    @Inject
    EmbeddedServer server;

    @Inject
    TokenGenerator tokens;

    @Inject
    StatefulRedisConnection<String, String> redis;

    @Override
    public Map<String, String> getProperties() {
        return PROPERTIES;
    }

    @Test
    void shouldRefuseTheTokenWhenItsSessionSignedOut() {
        ApiSession user = ApiSession.creator(server);
        String token = user.cookie();

        ApiResponse logout = user.post(ApiPaths.AUTH_LOGOUT, null);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.setCookie(ApiSession.COOKIE).orElseThrow()).contains("Max-Age=0");
        assertThat(user.cookie()).isNull();
        user.useCookie(token);
        assertThat(user.get(ApiPaths.AUTH_ME).status()).isEqualTo(401);
    }

    @Test
    void shouldKeepTheDenyListEntryOnlyUntilTheTokenExpires() {
        ApiSession user = ApiSession.creator(server);

        user.post(ApiPaths.AUTH_LOGOUT, null);

        List<String> keys = redis.sync().keys(PROPERTIES.get("inpact.redis.key-prefix") + "session:revoked:*");
        assertThat(keys).isNotEmpty();
        assertThat(keys).allSatisfy(key -> assertThat(redis.sync().ttl(key)).isBetween(1L, 30 * 60L + 1));
    }

    @Test
    void shouldKeepOtherSessionsWhenOneSignsOut() {
        ApiSession laptop = ApiSession.brand(server);
        ApiSession phone = laptop.signInAgain();

        laptop.post(ApiPaths.AUTH_LOGOUT, null);

        assertThat(phone.get(ApiPaths.AUTH_ME).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer401WhenSigningOutWithoutASession() {
        assertThat(ApiSession.anonymous(server).post(ApiPaths.AUTH_LOGOUT, null).status()).isEqualTo(401);
    }

    @Test
    void shouldIssueAFreshCookieWhenTheSessionIsPastHalfItsLife() {
        ApiSession user = ApiSession.creator(server);
        long now = System.currentTimeMillis();
        String old = token(user.userId(), "CREATOR", now - 20 * 60_000, now + 10 * 60_000);
        user.useCookie(old);

        ApiResponse response = user.get(ApiPaths.AUTH_ME);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.setCookie(ApiSession.COOKIE).orElseThrow()).containsIgnoringCase("HttpOnly")
                .contains("Max-Age=1800");
        assertThat(user.cookie()).isNotEqualTo(old);
        assertThat(user.get(ApiPaths.AUTH_ME).status()).isEqualTo(200);
    }

    @Test
    void shouldNotRenewTheCookieWhenTheSessionIsYoung() {
        ApiSession user = ApiSession.creator(server);

        ApiResponse response = user.get(ApiPaths.AUTH_ME);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.setCookie(ApiSession.COOKIE)).isEmpty();
    }

    @Test
    void shouldAnswer401WhenTheSessionExpired() {
        ApiSession user = ApiSession.creator(server);
        long now = System.currentTimeMillis();
        user.useCookie(token(user.userId(), "CREATOR", now - 40 * 60_000, now - 10 * 60_000));

        assertThat(user.get(ApiPaths.AUTH_ME).status()).isEqualTo(401);
    }

    @Test
    void shouldRefuseAStateChangeWhenTheOriginIsForeign() {
        ApiSession user = ApiSession.creator(server);

        ApiResponse response = user.send("POST", ApiPaths.AUTH_LOGOUT, null, null,
                Map.of("Origin", "https://evil.example"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.error().code()).isEqualTo("foreign_origin");
        assertThat(user.get(ApiPaths.AUTH_ME).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseASignInWhenTheOriginIsForeign() {
        ApiSession user = ApiSession.creator(server);
        ApiSession browser = ApiSession.anonymous(server);

        ApiResponse response = browser.send("POST", ApiPaths.AUTH_LOGIN,
                browser.write(new LoginRequest(user.user().email(), user.password())), "application/json",
                Map.of("Origin", "null"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.setCookie(ApiSession.COOKIE)).isEmpty();
    }

    @Test
    void shouldAllowAStateChangeWhenTheOriginIsTheSitesOwn() {
        ApiSession user = ApiSession.creator(server);

        ApiResponse response = user.send("POST", ApiPaths.AUTH_LOGOUT, null, null,
                Map.of("Origin", "http://localhost:" + server.getPort()));

        assertThat(response.status()).isEqualTo(204);
    }

    @Test
    void shouldAllowAStateChangeWhenTheOriginIsThePublicUrlBehindAProxy() {
        ApiSession user = ApiSession.creator(server);

        ApiResponse response = user.send("POST", ApiPaths.AUTH_LOGOUT, null, null,
                Map.of("Origin", "https://app.inpact.test", "X-Forwarded-Host", "app.inpact.test",
                        "X-Forwarded-Proto", "https"));

        assertThat(response.status()).isEqualTo(204);
    }

    @Test
    void shouldReadAnyOriginWhenTheMethodIsSafe() {
        ApiSession user = ApiSession.creator(server);

        ApiResponse response = user.send("GET", ApiPaths.AUTH_ME, null, null,
                Map.of("Origin", "https://evil.example", "X-Forwarded-Host", "app.inpact.test"));

        assertThat(response.status()).isEqualTo(200);
    }

    private String token(String userId, String role, long issuedAt, long expiresAt) {
        return tokens.generateToken(Map.of("sub", userId, "roles", List.of(role), "iat", new Date(issuedAt),
                "exp", new Date(expiresAt), "jti", UUID.randomUUID().toString(), "sv", 0)).orElseThrow();
    }
}
