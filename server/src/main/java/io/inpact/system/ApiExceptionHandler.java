package io.inpact.system;

import io.inpact.api.common.ErrorBody;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, ApiException exception) {
        MutableHttpResponse<ErrorBody> response = ErrorResponses.of(request, exception.status(), exception.code(),
                exception.getMessage(), exception.fieldErrors());
        if (exception.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfterSeconds()));
        }
        return response;
    }
}
