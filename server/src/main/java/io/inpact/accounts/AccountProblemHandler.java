package io.inpact.accounts;

import io.inpact.api.common.ErrorBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
class AccountProblemHandler implements ExceptionHandler<AccountProblem, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, AccountProblem problem) {
        MutableHttpResponse<ErrorBody> response = HttpResponse.<ErrorBody>status(HttpStatus.valueOf(problem.status()))
                .body(new ErrorBody(problem.status(), problem.code(), problem.getMessage(), problem.fieldErrors()));
        if (problem.retryAfterSeconds() > 0) {
            response.header("Retry-After", Long.toString(problem.retryAfterSeconds()));
        }
        return response;
    }
}
