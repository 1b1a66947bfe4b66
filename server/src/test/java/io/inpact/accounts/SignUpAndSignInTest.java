package io.inpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.accounts.Role;
import io.inpact.api.accounts.SignupRequest;
import io.inpact.api.accounts.UserResponse;
import io.inpact.api.accounts.UserView;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.ErrorBody;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SignUpAndSignInTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @Test
    void shouldCreateTheUserAndStartASessionWhenSignupIsValid() {
        String name = "ana" + TestInfra.randomHex(4);
        ApiSession anonymous = ApiSession.anonymous(server);

        ApiResponse response = anonymous.post(ApiPaths.AUTH_SIGNUP,
                new SignupRequest(" " + name + "@Example.com ", name, ApiSession.PASSWORD, Role.CREATOR));

        assertThat(response.status()).isEqualTo(201);
        UserView user = response.as(UserResponse.class).user();
        assertThat(user.email()).isEqualTo(name + "@Example.com");
        assertThat(user.username()).isEqualTo(name);
        assertThat(user.role()).isEqualTo(Role.CREATOR);
        assertThat(user.profileComplete()).isFalse();
        assertThat(response.body()).doesNotContain("password");
        String setCookie = response.setCookie(ApiSession.COOKIE).orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/")
                .doesNotContain("Secure");
        assertThat(anonymous.get(ApiPaths.AUTH_ME).as(UserResponse.class).user()).isEqualTo(user);
    }

    @Test
    void shouldMarkTheCookieSecureWhenTheRequestCameOverHttps() {
        String name = "sec" + TestInfra.randomHex(4);
        ApiSession anonymous = ApiSession.anonymous(server);

        ApiResponse response = anonymous.send("POST", ApiPaths.AUTH_SIGNUP, anonymous.write(
                        new SignupRequest(name + "@example.com", name, ApiSession.PASSWORD, Role.BRAND)),
                "application/json", Map.of("X-Forwarded-Proto", "https"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.setCookie(ApiSession.COOKIE).orElseThrow()).contains("Secure");
    }

    @Test
    void shouldRejectTheSignupWithFieldErrorsWhenFieldsAreInvalid() {
        ApiResponse response = ApiSession.anonymous(server).post(ApiPaths.AUTH_SIGNUP,
                new SignupRequest("not-an-email", "x", "short", null));

        assertThat(response.status()).isEqualTo(400);
        ErrorBody error = response.error();
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.code()).isEqualTo("validation_failed");
        assertThat(error.fieldErrors()).containsOnlyKeys("email", "username", "password", "role");
        assertThat(response.setCookie(ApiSession.COOKIE)).isEmpty();
    }

    @Test
    void shouldRejectAPasswordWhenItContainsTheUsername() {
        String name = "weak" + TestInfra.randomHex(4);

        ApiResponse response = ApiSession.anonymous(server).post(ApiPaths.AUTH_SIGNUP,
                new SignupRequest(name + "@example.com", name, name + "-2024!", Role.CREATOR));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors()).containsKey("password");
    }

    @Test
    void shouldAnswer409WhenTheEmailIsTakenInAnotherCase() {
        ApiSession first = ApiSession.creator(server);
        String other = "o" + TestInfra.randomHex(5);

        ApiResponse response = ApiSession.anonymous(server).post(ApiPaths.AUTH_SIGNUP,
                new SignupRequest(first.user().email().toUpperCase(), other, ApiSession.PASSWORD, Role.BRAND));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.error().fieldErrors()).containsOnlyKeys("email");
    }

    @Test
    void shouldAnswer409WhenTheUsernameIsTaken() {
        ApiSession first = ApiSession.brand(server);
        String other = "o" + TestInfra.randomHex(5);

        ApiResponse response = ApiSession.anonymous(server).post(ApiPaths.AUTH_SIGNUP, new SignupRequest(
                other + "@example.com", first.user().username().toUpperCase(), ApiSession.PASSWORD, Role.BRAND));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.error().fieldErrors()).containsOnlyKeys("username");
    }

    @Test
    void shouldSignInWhenCredentialsAreRightWhateverTheEmailCase() {
        ApiSession user = ApiSession.creator(server);
        ApiSession browser = ApiSession.anonymous(server);

        ApiResponse response = browser.post(ApiPaths.AUTH_LOGIN,
                new LoginRequest(user.user().email().toUpperCase(), user.password()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.as(UserResponse.class).user().id()).isEqualTo(user.userId());
        assertThat(browser.get(ApiPaths.AUTH_ME).status()).isEqualTo(200);
    }

    @Test
    void shouldGiveTheSameAnswerWhenThePasswordIsWrongOrTheEmailUnknown() {
        ApiSession user = ApiSession.creator(server);

        ApiResponse wrongPassword = ApiSession.anonymous(server).post(ApiPaths.AUTH_LOGIN,
                new LoginRequest(user.user().email(), "Wrong-password-1"));
        ApiResponse unknownEmail = ApiSession.anonymous(server).post(ApiPaths.AUTH_LOGIN,
                new LoginRequest("nobody" + TestInfra.randomHex(4) + "@example.com", "Wrong-password-1"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
        assertThat(wrongPassword.setCookie(ApiSession.COOKIE)).isEmpty();
    }

    @Test
    void shouldAnswer401WhenMeIsAskedWithoutASession() {
        ApiResponse response = ApiSession.anonymous(server).get(ApiPaths.AUTH_ME);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void shouldAnswer401WhenTheSessionTokenIsForged() {
        ApiSession user = ApiSession.creator(server);
        String token = user.cookie();
        user.useCookie(token.substring(0, token.length() - 4) + "AAAA");

        assertThat(user.get(ApiPaths.AUTH_ME).status()).isEqualTo(401);
    }
}
