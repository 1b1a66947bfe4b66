package io.inpact.system;

import io.inpact.api.common.ErrorBody;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The net under every framework-made error (unknown route, 405, 415, 413, conversion and binding errors,
 * unhandled exceptions): all answer as JSON {@link ErrorBody}, never an HTML page or a stack trace.
 * Server errors say only that something failed; the cause is in the log.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ErrorBodyResponseProcessor implements ErrorResponseProcessor<ErrorBody> {

    static final String INTERNAL_MESSAGE = "the server failed to answer this request; it has been logged";

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        @SuppressWarnings("unchecked")
        MutableHttpResponse<ErrorBody> typed = (MutableHttpResponse<ErrorBody>) response;
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        for (Error error : context.getErrors()) {
            error.getPath().ifPresent(path -> fieldErrors.putIfAbsent(path, error.getMessage()));
        }
        String message = status >= 500
                ? INTERNAL_MESSAGE + " (request id " + RequestIds.of(context.getRequest()) + ")"
                : message(context, status);
        return typed.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ErrorBody(status, ErrorCodes.forStatus(status), message, status >= 500 ? Map.of() : fieldErrors));
    }

    private static String message(ErrorContext context, int status) {
        if (status == 404 && RouteAttributes.getRouteMatch(context.getRequest()).isEmpty()) {
            return "no such path: " + context.getRequest().getMethodName() + " " + context.getRequest().getPath();
        }
        String joined = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        return joined.isBlank() ? io.micronaut.http.HttpStatus.valueOf(status).getReason() : joined;
    }
}
