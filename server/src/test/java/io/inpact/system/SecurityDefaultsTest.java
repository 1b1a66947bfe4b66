package io.inpact.system;

import io.inpact.testsupport.TestInfra;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest
class SecurityDefaultsTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator tokens;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfra.properties());
        properties.put("inpact.test.security-probe", "true");
        return properties;
    }

    @Test
    void shouldAnswer401WhenRouteHasNoSecuredAnnotationAndCallerIsAnonymous() {
        assertThatThrownBy(() -> client.toBlocking().exchange("/api/test-probe/default"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
    }

    @Test
    void shouldAllowWhenRouteHasNoSecuredAnnotationAndCallerIsSignedIn() {
        String userId = UUID.randomUUID().toString();

        String body = client.toBlocking().retrieve(HttpRequest.GET("/api/test-probe/default").cookie(session(tokenFor(userId))));

        assertThat(body).isEqualTo(userId);
    }

    @Test
    void shouldAllowAnonymousWhenRouteIsMarkedAnonymous() {
        String body = client.toBlocking().retrieve("/api/test-probe/open");

        assertThat(body).isEqualTo("open");
    }

    @Test
    void shouldAnswer403WhenSignedInUserLacksTheRole() {
        String token = tokenFor(UUID.randomUUID().toString());

        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.GET("/api/test-probe/brands").cookie(session(token))))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
    }

    @Test
    void shouldAnswer404NotUnauthorizedWhenPathHasNoRoute() {
        assertThatThrownBy(() -> client.toBlocking().exchange("/api/no-such-thing-" + UUID.randomUUID()))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(404));
    }

    @Test
    void shouldServeHealthToAnonymousCallers() {
        assertThat(client.toBlocking().exchange("/health").getStatus().getCode()).isEqualTo(200);
    }

    /** A session token as io.inpact.accounts issues it: the subject, one role and a token id for the deny-list. */
    private String tokenFor(String userId) {
        long now = System.currentTimeMillis();
        return tokens.generateToken(Map.of("sub", userId, "roles", List.of("CREATOR"), "iat", new Date(now),
                "exp", new Date(now + 600_000), "jti", UUID.randomUUID().toString())).orElseThrow();
    }

    private static Cookie session(String token) {
        return Cookie.of("INPACT_SESSION", token);
    }

    @Requires(property = "inpact.test.security-probe", value = "true")
    @Controller("/api/test-probe")
    static class ProbeController {

        @Get("/default")
        String byDefault(Authentication authentication) {
            return authentication.getName();
        }

        @Get("/open")
        @Secured(SecurityRule.IS_ANONYMOUS)
        String open() {
            return "open";
        }

        @Get("/brands")
        @Secured("BRAND")
        String brandsOnly() {
            return "brand";
        }
    }
}
