package io.inpact.system;

import io.inpact.api.common.ErrorBody;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/** 401 for anonymous callers, 403 for signed-in users without the role; never a redirect to a login page. */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationErrorHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<ErrorBody>> {

    @Override
    public MutableHttpResponse<ErrorBody> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return ErrorResponses.of(request, 403, ErrorCodes.FORBIDDEN,
                    "not allowed: " + request.getMethodName() + " " + request.getPath() + " needs another role", null);
        }
        return ErrorResponses.of(request, 401, ErrorCodes.UNAUTHORIZED, "sign in to " + request.getMethodName() + " " + request.getPath(), null);
    }
}
