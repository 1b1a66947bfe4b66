package io.inpact.accounts;

import io.inpact.api.accounts.AccountRules;
import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.accounts.SignupRequest;
import io.inpact.api.accounts.UserView;
import io.inpact.system.ApiException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Sign-up, sign-in, sign-out and "me". */
@Singleton
class AccountService {

    private final UserRepository users;
    private final ProfileRepository profiles;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final LoginRateLimiter limiter;

    AccountService(UserRepository users, ProfileRepository profiles, PasswordHasher hasher,
                   SessionService sessions, LoginRateLimiter limiter) {
        this.users = users;
        this.profiles = profiles;
        this.hasher = hasher;
        this.sessions = sessions;
        this.limiter = limiter;
    }

    record SignedIn(UserView user, Cookie cookie) {
    }

    SignedIn signup(SignupRequest body, HttpRequest<?> http) {
        SignupRequest request = body == null ? null
                : new SignupRequest(trim(body.email()), trim(body.username()), body.password(), body.role());
        Map<String, String> errors = AccountRules.signup(request);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String email = request.email();
        String username = request.username();
        Map<String, String> taken = new LinkedHashMap<>();
        if (users.emailTaken(email)) {
            taken.put("email", "is already registered");
        }
        if (users.usernameTaken(username)) {
            taken.put("username", "is already taken");
        }
        if (!taken.isEmpty()) {
            throw ApiException.conflict(taken);
        }
        UserRecord user = new UserRecord(UUID.randomUUID(), email, username, hasher.hash(request.password()),
                request.role(), Instant.now().truncatedTo(ChronoUnit.MILLIS), 0);
        try {
            users.insertWithEmptyProfile(user);
        } catch (Jdbc.DataAccessFailure e) {
            if ("23505".equals(e.sqlState())) {
                // a concurrent sign-up won the race for the same e-mail or username
                throw ApiException.conflict(Map.of("email", "or username is already registered"));
            }
            throw e;
        }
        return new SignedIn(view(user, false), sessions.start(user.id(), user.role(), 0, http));
    }

    SignedIn login(LoginRequest request, HttpRequest<?> http) {
        Map<String, String> errors = AccountRules.login(request);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String email = request.email().trim();
        String address = ClientAddress.of(http);
        long retryAfter = limiter.retryAfter(email, address);
        if (retryAfter > 0) {
            throw ApiException.rateLimited(retryAfter);
        }
        UserRecord user = users.findByEmail(email).orElse(null);
        boolean matches = hasher.matches(request.password(), user == null ? null : user.passwordHash());
        if (user == null || !matches) {
            limiter.recordFailure(email, address);
            throw new ApiException(401, "bad_credentials", "e-mail or password is wrong", null);
        }
        limiter.recordSuccess(email);
        return new SignedIn(view(user, profiles.complete(user.id(), user.role())),
                sessions.start(user.id(), user.role(), user.sessionVersion(), http));
    }

    Cookie logout(Authentication authentication, HttpRequest<?> http) {
        sessions.revoke(authentication);
        return sessions.clear(http);
    }

    UserView me(Authentication authentication) {
        UserRecord user = users.findById(UUID.fromString(authentication.getName()))
                .orElseThrow(() -> ApiException.notFound("user", authentication.getName()));
        return view(user, profiles.complete(user.id(), user.role()));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static UserView view(UserRecord user, boolean profileComplete) {
        return new UserView(user.id().toString(), user.email(), user.username(), user.role(),
                user.createdAt().toString(), profileComplete);
    }
}
