package io.inpact.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Reads the session token from the {@code INPACT_SESSION} cookie, the only place a session travels. */
@Singleton
class SessionCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(SessionService.COOKIE).map(Cookie::getValue)
                .filter(value -> !value.isBlank());
    }
}
