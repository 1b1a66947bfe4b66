package io.inpact.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;

/**
 * Rolling sessions: a successful request made with a session past half its life gets a fresh cookie, so an
 * active user stays signed in while an idle one is signed out when the short-lived token expires.
 */
@ServerFilter("/api/**")
class SessionRenewalFilter {

    private final SessionService sessions;

    SessionRenewalFilter(SessionService sessions) {
        this.sessions = sessions;
    }

    @ResponseFilter
    void renew(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus().getCode() >= HttpStatus.BAD_REQUEST.getCode()
                || response.getCookies().contains(SessionService.COOKIE)) {
            return;
        }
        request.getUserPrincipal(Authentication.class)
                .filter(sessions::pastHalfLife)
                .ifPresent(authentication -> response.cookie(sessions.renew(authentication, request)));
    }
}
