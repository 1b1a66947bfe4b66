package io.inpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.ForgotPasswordRequest;
import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.common.ApiPaths;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs its own servers: one test stops a backend and starts another on the same Redis and database. */
class LoginRateLimitTest {

    private static final int PER_ACCOUNT = 3;
    private static final int PER_ADDRESS = 5;
    private static final int FORGOT_PER_ADDRESS = 2;

    private Map<String, Object> properties;
    private EmbeddedServer server;

    @BeforeEach
    void startServer() {
        properties = properties();
        server = start();
    }

    @AfterEach
    void stop() {
        server.getApplicationContext().close();
    }

    @Test
    void shouldAnswer429WithRetryAfterWhenAnAccountFailedTooOften() {
        ApiSession user = ApiSession.creator(server);
        String address = randomAddress();
        for (int i = 0; i < PER_ACCOUNT; i++) {
            assertThat(login(user.user().email(), "Wrong-password-" + i, address).status()).isEqualTo(401);
        }

        ApiResponse blocked = login(user.user().email(), user.password(), randomAddress());

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.error().code()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(blocked.header("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(blocked.setCookie(ApiSession.COOKIE)).isEmpty();
    }

    @Test
    void shouldAnswer429WhenOneAddressFailedTooOftenAcrossAccounts() {
        ApiSession user = ApiSession.brand(server);
        String address = randomAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            login("nobody" + TestInfra.randomHex(4) + "@example.com", "Wrong-password-1", address);
        }

        ApiResponse fromThatAddress = login(user.user().email(), user.password(), address);
        ApiResponse fromElsewhere = login(user.user().email(), user.password(), randomAddress());

        assertThat(fromThatAddress.status()).isEqualTo(429);
        assertThat(fromThatAddress.header("Retry-After")).isPresent();
        assertThat(fromElsewhere.status()).isEqualTo(200);
    }

    @Test
    void shouldForgetAnAccountsFailuresWhenItSignsInSuccessfully() {
        ApiSession user = ApiSession.creator(server);
        String address = randomAddress();
        login(user.user().email(), "Wrong-password-1", address);
        login(user.user().email(), "Wrong-password-2", address);
        assertThat(login(user.user().email(), user.password(), address).status()).isEqualTo(200);

        login(user.user().email(), "Wrong-password-3", address);
        login(user.user().email(), "Wrong-password-4", address);

        assertThat(login(user.user().email(), user.password(), address).status()).isEqualTo(200);
    }

    @Test
    void shouldStillRefuseSignInWhenTheBackendRestarted() {
        ApiSession user = ApiSession.creator(server);
        String email = user.user().email();
        String password = user.password();
        for (int i = 0; i < PER_ACCOUNT; i++) {
            login(email, "Wrong-password-" + i, randomAddress());
        }

        server.getApplicationContext().close();
        server = start();

        assertThat(login(email, password, randomAddress()).status()).isEqualTo(429);
    }

    @Test
    void shouldAnswer429WhenOneAddressAsksForTooManyResetMails() {
        String address = randomAddress();
        for (int i = 0; i < FORGOT_PER_ADDRESS; i++) {
            assertThat(forgot(address).status()).isEqualTo(202);
        }

        ApiResponse blocked = forgot(address);

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isPresent();
        assertThat(forgot(randomAddress()).status()).isEqualTo(202);
    }

    private ApiResponse forgot(String address) {
        ApiSession browser = ApiSession.anonymous(server);
        return browser.send("POST", AccountPaths.FORGOT_PASSWORD, browser.write(
                        new ForgotPasswordRequest("nobody" + TestInfra.randomHex(4) + "@example.com")),
                "application/json", Map.of("X-Real-IP", address));
    }

    private ApiResponse login(String email, String password, String address) {
        ApiSession browser = ApiSession.anonymous(server);
        return browser.send("POST", ApiPaths.AUTH_LOGIN, browser.write(new LoginRequest(email, password)),
                "application/json", Map.of("X-Real-IP", address));
    }

    private EmbeddedServer start() {
        EmbeddedServer started = ApplicationContext.run(properties).getBean(EmbeddedServer.class);
        started.start();
        return started;
    }

    private static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(TestInfra.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("inpact.accounts.login-max-failures-per-account", PER_ACCOUNT);
        properties.put("inpact.accounts.login-max-failures-per-address", PER_ADDRESS);
        properties.put("inpact.accounts.forgot-max-per-address", FORGOT_PER_ADDRESS);
        // configured, so "forgot password" reaches its limiter; the e-mails below are unknown, nothing is sent
        properties.put("inpact.mail.host", "127.0.0.1");
        properties.put("inpact.mail.from", "no-reply@inpact.test");
        properties.put("inpact.accounts.public-url", "https://app.inpact.test");
        return properties;
    }

    private static String randomAddress() {
        return "10.9." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }
}
