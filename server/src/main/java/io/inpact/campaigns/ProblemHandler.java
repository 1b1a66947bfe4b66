package io.inpact.campaigns;

import io.inpact.api.common.ErrorBody;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
@Requires(classes = {Problem.class, ExceptionHandler.class})
final class ProblemHandler implements ExceptionHandler<Problem, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, Problem problem) {
        ErrorBody body = new ErrorBody(problem.status(), problem.code(), problem.getMessage(), problem.fieldErrors());
        return HttpResponse.<ErrorBody>status(HttpStatus.valueOf(problem.status())).body(body);
    }
}
