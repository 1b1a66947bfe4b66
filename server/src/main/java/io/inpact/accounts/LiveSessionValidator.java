package io.inpact.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses signed, unexpired tokens whose session ended: signed out (deny-list) or outdated by a password
 * reset. Runs on every authenticated request; one Redis MGET.
 */
@Singleton
class LiveSessionValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final SessionService sessions;

    LiveSessionValidator(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        return sessions.isLive(claims.get(Claims.TOKEN_ID), claims.get(Claims.SUBJECT),
                claims.get(SessionService.SESSION_VERSION_CLAIM));
    }
}
