package io.inpact.chat;

import io.inpact.api.common.ErrorBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
final class ChatExceptionHandler implements ExceptionHandler<ChatException, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, ChatException e) {
        return HttpResponse.<ErrorBody>status(io.micronaut.http.HttpStatus.valueOf(e.status()))
                .body(new ErrorBody(e.status(), e.code(), e.getMessage(), e.fieldErrors()));
    }
}
