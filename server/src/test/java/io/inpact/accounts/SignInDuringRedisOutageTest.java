package io.inpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.ForgotPasswordRequest;
import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.ErrorBody;
import io.inpact.system.ErrorCodes;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.FreePort;
import io.inpact.testsupport.RedisProxy;
import io.inpact.testsupport.TestInfra;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-in counts failures in Redis (per account and per address). While Redis cannot answer, sign-in is
 * refused at once with a 503 in the one error shape: never a 500, never a request that hangs, and never
 * unlimited password guessing. Sign-up needs no Redis and keeps working.
 */
class SignInDuringRedisOutageTest {

    /** Well inside the 30 s a client waits; a hung Redis command would take Lettuce's default 60 s. */
    private static final Duration PROMPTLY = Duration.ofSeconds(8);

    @Test
    void shouldAnswer503PromptlyWhenRedisRefusesConnections() {
        try (ApplicationContext context = start("redis://127.0.0.1:" + FreePort.closed())) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            ApiSession user = ApiSession.creator(server);

            assertUnavailablePromptly(() -> login(server, user.user().email(), user.password()));
            assertUnavailablePromptly(() -> login(server, user.user().email(), "Wrong-password-1"));
        }
    }

    @Test
    void shouldAnswer503PromptlyWhenRedisStopsAnsweringAndSignInAgainOnceItIsBack() {
        try (RedisProxy redis = new RedisProxy(); ApplicationContext context = start(redis.uri())) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            ApiSession user = ApiSession.brand(server);
            assertThat(login(server, user.user().email(), user.password()).status()).isEqualTo(200);

            redis.freeze();
            assertUnavailablePromptly(() -> login(server, user.user().email(), user.password()));

            redis.thaw();
            assertThat(login(server, user.user().email(), user.password()).status()).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswer503PromptlyWhenRedisHangsFromTheStart() {
        try (RedisProxy redis = new RedisProxy()) {
            redis.freeze();
            try (ApplicationContext context = start(redis.uri())) {
                EmbeddedServer server = context.getBean(EmbeddedServer.class);
                ApiSession user = ApiSession.creator(server);

                assertUnavailablePromptly(() -> login(server, user.user().email(), user.password()));
            }
        }
    }

    @Test
    void shouldAnswer503PromptlyForAResetMailWhenRedisRefusesConnections() {
        try (ApplicationContext context = start("redis://127.0.0.1:" + FreePort.closed())) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            ApiSession browser = ApiSession.anonymous(server);

            assertUnavailablePromptly(() -> browser.post(AccountPaths.FORGOT_PASSWORD,
                    new ForgotPasswordRequest("nobody" + TestInfra.randomHex(4) + "@example.com")));
        }
    }

    private static void assertUnavailablePromptly(java.util.function.Supplier<ApiResponse> request) {
        long started = System.nanoTime();
        ApiResponse answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("answered after %s", took).isLessThan(PROMPTLY);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        ErrorBody error = answer.error();
        assertThat(error.code()).isEqualTo(ErrorCodes.UNAVAILABLE);
        assertThat(error.message()).contains("try again");
        assertThat(answer.body()).doesNotContain("Exception");
        assertThat(answer.setCookie(ApiSession.COOKIE)).isEmpty();
    }

    private static ApiResponse login(EmbeddedServer server, String email, String password) {
        return ApiSession.anonymous(server).post(ApiPaths.AUTH_LOGIN, new LoginRequest(email, password));
    }

    private static ApplicationContext start(String redisUri) {
        Map<String, Object> properties = new HashMap<>(TestInfra.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("redis.uri", redisUri);
        // configured, so "forgot password" reaches its limiter; the e-mails are unknown, nothing is sent
        properties.put("inpact.mail.host", "127.0.0.1");
        properties.put("inpact.mail.from", "no-reply@inpact.test");
        properties.put("inpact.accounts.public-url", "https://app.inpact.test");
        ApplicationContext context = ApplicationContext.run(properties);
        context.getBean(EmbeddedServer.class).start();
        return context;
    }
}
