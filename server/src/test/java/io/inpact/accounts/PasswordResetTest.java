package io.inpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.ForgotPasswordRequest;
import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.accounts.ResetPasswordRequest;
import io.inpact.api.common.ApiPaths;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The reset mail travels over real SMTP into an in-process GreenMail server, where the test reads it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetTest implements TestPropertyProvider {

    private static final String PUBLIC_URL = "https://app.inpact.test";
    private static final String NEW_PASSWORD = "Brand-new-secret-42";

    private final GreenMail mail = startMail();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfra.properties());
        properties.put("inpact.mail.host", "127.0.0.1");
        properties.put("inpact.mail.port", Integer.toString(mail.getSmtp().getPort()));
        properties.put("inpact.mail.from", "InPact <no-reply@inpact.test>");
        properties.put("inpact.accounts.public-url", PUBLIC_URL);
        properties.put("inpact.accounts.forgot-max-per-address", "1000");
        return properties;
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }

    @Test
    void shouldMailALinkThatSetsTheNewPasswordAndEndsEverySessionWhenFollowed() throws Exception {
        ApiSession user = ApiSession.creator(server);
        ApiSession otherDevice = user.signInAgain();

        ApiResponse forgot = ApiSession.anonymous(server).post(AccountPaths.FORGOT_PASSWORD,
                new ForgotPasswordRequest(user.user().email()));
        URI link = linkIn(awaitMailTo(user.user().email()));
        ApiResponse reset = ApiSession.anonymous(server).post(AccountPaths.RESET_PASSWORD,
                new ResetPasswordRequest(token(link), NEW_PASSWORD));

        assertThat(forgot.status()).isEqualTo(202);
        assertThat(link.toString()).startsWith(PUBLIC_URL + AccountPaths.RESET_PAGE + "?token=");
        assertThat(reset.status()).isEqualTo(204);
        assertThat(user.get(ApiPaths.AUTH_ME).status()).isEqualTo(401);
        assertThat(otherDevice.get(ApiPaths.AUTH_ME).status()).isEqualTo(401);
        assertThat(login(user.user().email(), user.password()).status()).isEqualTo(401);
        assertThat(login(user.user().email(), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseTheLinkWhenItWasUsedOnce() throws Exception {
        ApiSession user = ApiSession.brand(server);
        ApiSession.anonymous(server).post(AccountPaths.FORGOT_PASSWORD, new ForgotPasswordRequest(user.user().email()));
        String token = token(linkIn(awaitMailTo(user.user().email())));
        assertThat(reset(token, NEW_PASSWORD).status()).isEqualTo(204);

        ApiResponse again = reset(token, "Another-secret-43");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.error().fieldErrors()).containsKey("token");
        assertThat(login(user.user().email(), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseTheLinkWhenItExpired() throws Exception {
        ApiSession user = ApiSession.creator(server);
        ApiSession.anonymous(server).post(AccountPaths.FORGOT_PASSWORD, new ForgotPasswordRequest(user.user().email()));
        String token = token(linkIn(awaitMailTo(user.user().email())));
        expireResetTokensOf(user.userId());

        ApiResponse response = reset(token, NEW_PASSWORD);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors()).containsKey("token");
        assertThat(login(user.user().email(), user.password()).status()).isEqualTo(200);
    }

    @Test
    void shouldKeepTheLinkUsableWhenTheNewPasswordWasRefused() throws Exception {
        ApiSession user = ApiSession.creator(server);
        ApiSession.anonymous(server).post(AccountPaths.FORGOT_PASSWORD, new ForgotPasswordRequest(user.user().email()));
        String token = token(linkIn(awaitMailTo(user.user().email())));

        ApiResponse weak = reset(token, user.user().username() + "-123");
        ApiResponse strong = reset(token, NEW_PASSWORD);

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.error().fieldErrors()).containsKey("password");
        assertThat(strong.status()).isEqualTo(204);
    }

    @Test
    void shouldAnswerAlikeAndSendNothingWhenTheEmailIsUnknown() throws Exception {
        ApiSession known = ApiSession.creator(server);
        String unknown = "nobody" + TestInfra.randomHex(5) + "@example.com";

        ApiResponse forUnknown = ApiSession.anonymous(server).post(AccountPaths.FORGOT_PASSWORD,
                new ForgotPasswordRequest(unknown));
        ApiResponse forKnown = ApiSession.anonymous(server).post(AccountPaths.FORGOT_PASSWORD,
                new ForgotPasswordRequest(known.user().email()));
        awaitMailTo(known.user().email());

        assertThat(forUnknown.status()).isEqualTo(forKnown.status()).isEqualTo(202);
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        assertThat(mailsTo(unknown)).isEmpty();
    }

    @Test
    void shouldAnswer400WhenTheTokenIsMadeUp() {
        ApiResponse response = reset("made-up-" + UUID.randomUUID(), NEW_PASSWORD);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors()).containsKey("token");
    }

    @Test
    void shouldAnswer400WhenTheEmailIsMalformed() {
        ApiResponse response = ApiSession.anonymous(server).post(AccountPaths.FORGOT_PASSWORD,
                new ForgotPasswordRequest("not an email"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors()).containsKey("email");
    }

    private ApiResponse reset(String token, String password) {
        return ApiSession.anonymous(server).post(AccountPaths.RESET_PASSWORD, new ResetPasswordRequest(token, password));
    }

    private ApiResponse login(String email, String password) {
        return ApiSession.anonymous(server).post(ApiPaths.AUTH_LOGIN, new LoginRequest(email, password));
    }

    private MimeMessage awaitMailTo(String address) throws MessagingException, InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> messages = mailsTo(address);
            if (!messages.isEmpty()) {
                return messages.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail reached " + address + " within 15 s");
    }

    private List<MimeMessage> mailsTo(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            for (Address to : message.getAllRecipients()) {
                if (to.toString().equalsIgnoreCase(address)) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    private static URI linkIn(MimeMessage message) {
        String body = GreenMailUtil.getBody(message);
        int start = body.indexOf(PUBLIC_URL);
        assertThat(start).as("mail body contains a link to " + PUBLIC_URL + ": " + body).isNotNegative();
        int end = start;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        return URI.create(body.substring(start, end));
    }

    private static String token(URI link) {
        return link.getQuery().substring("token=".length());
    }

    private static void expireResetTokensOf(String userId) throws SQLException {
        try (Connection connection = TestInfra.connect(); PreparedStatement statement = connection.prepareStatement(
                "update password_reset_tokens set expires_at = now() - interval '1 minute' where user_id = ?")) {
            statement.setObject(1, UUID.fromString(userId));
            statement.executeUpdate();
        }
    }

    private static GreenMail startMail() {
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        return greenMail;
    }
}
