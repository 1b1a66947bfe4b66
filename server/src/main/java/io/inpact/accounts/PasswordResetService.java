package io.inpact.accounts;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.AccountRules;
import io.inpact.api.accounts.ForgotPasswordRequest;
import io.inpact.api.accounts.ResetPasswordRequest;
import io.inpact.api.common.Rules;
import io.inpact.system.ApiException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Forgot password" mails a single-use link that expires; "reset password" spends it, sets the new password
 * and ends every session of the user. The request is answered before the mail is looked up or sent, so
 * neither the answer nor its timing tells whether the e-mail has an account.
 */
@Singleton
class PasswordResetService {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final ResetTokenRepository tokens;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final LoginRateLimiter limiter;
    private final Mailer mailer;
    private final AccountsConfig config;
    private final ExecutorService background;

    PasswordResetService(UserRepository users, ResetTokenRepository tokens, PasswordHasher hasher,
                         SessionService sessions, LoginRateLimiter limiter, Mailer mailer, AccountsConfig config,
                         @Named(TaskExecutors.IO) ExecutorService background) {
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.sessions = sessions;
        this.limiter = limiter;
        this.mailer = mailer;
        this.config = config;
        this.background = background;
    }

    void requestReset(ForgotPasswordRequest request, String clientAddress) {
        Map<String, String> errors = AccountRules.forgotPassword(request);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        if (!mailer.configured() || Rules.isBlank(config.publicUrl())) {
            throw ApiException.unavailable("password reset by e-mail is not configured on this server");
        }
        if (!limiter.tryAcquire("forgot-password", clientAddress, config.forgotMaxPerAddress())) {
            throw ApiException.rateLimited(limiter.windowLeft("forgot-password", clientAddress));
        }
        String email = request.email().trim();
        background.execute(() -> mailLinkIfKnown(email));
    }

    @Transactional
    void reset(ResetPasswordRequest request) {
        Map<String, String> errors = AccountRules.resetPassword(request);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        UUID userId = tokens.spend(sha256(request.token().trim())).orElseThrow(() -> ApiException.validation(
                Map.of("token", "this reset link is invalid, used or expired; ask for a new one")));
        UserRecord user = users.findById(userId).orElseThrow(() -> ApiException.notFound("user", userId));
        String weak = Rules.password(request.password(), user.email(), user.username());
        if (weak != null) {
            throw ApiException.validation(Map.of("password", weak));
        }
        users.updatePassword(userId, hasher.hash(request.password()));
        sessions.endAllSessions(userId, users.bumpSessionVersion(userId));
    }

    private void mailLinkIfKnown(String email) {
        users.findByEmail(email).ifPresent(user -> {
            String token = newToken();
            tokens.insert(sha256(token), user.id(),
                    Instant.now().plusSeconds(config.resetTokenMinutes() * 60L));
            String link = stripTrailingSlash(config.publicUrl()) + AccountPaths.RESET_PAGE + "?token=" + token;
            try {
                mailer.send(user.email(), "Reset your InPact password", "Hello " + user.username() + ",\n\n"
                        + "someone (hopefully you) asked to reset the password of your InPact account.\n"
                        + "Choose a new password here within " + config.resetTokenMinutes() + " minutes:\n\n"
                        + link + "\n\n"
                        + "The link works once. If you did not ask for it, ignore this mail; "
                        + "your password stays as it is.\n");
            } catch (MessagingException e) {
                LOG.error("password reset mail for user [id={}] not sent: {}", user.id(), e.getMessage());
            }
        });
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
