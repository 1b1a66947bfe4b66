package io.inpact.system;

import io.inpact.api.common.ErrorBody;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests the server could not bind to a route's arguments: bad JSON, bad parameter values, missing parameters. */
final class RequestBindingErrorHandlers {

    private RequestBindingErrorHandlers() {
    }

    private static final Pattern LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");

    /**
     * The innermost message without the parser's source dump, with the position when the parser gave one:
     * "Unable to coerce string to integer (line 1, column 30)".
     */
    static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause && cause.getCause().getMessage() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int source = message.indexOf(" at [Source");
        String text = (source < 0 ? message : message.substring(0, source)).replace('\n', ' ').strip();
        Matcher location = LOCATION.matcher(message);
        if (location.find()) {
            text += " (line " + location.group(1) + ", column " + location.group(2) + ")";
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** The JSON property that failed to bind, when the serializer names one. */
    static Optional<String> property(Throwable error) {
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof InvalidPropertyFormatException invalid) {
                return Optional.of(invalid.getArgument().getName());
            }
        }
        return Optional.empty();
    }

    @Produces
    @Singleton
    @Replaces(JsonExceptionHandler.class)
    static final class MalformedJsonHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<ErrorBody>> {

        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, JsonSyntaxException exception) {
            return ErrorResponses.of(request, 400, ErrorCodes.MALFORMED_JSON,
                    "request body is not valid JSON: " + describe(exception), null);
        }
    }

    @Produces
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static final class ConversionHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<ErrorBody>> {

        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, ConversionErrorException exception) {
            Argument<?> argument = exception.getArgument();
            String reason = describe(exception.getConversionError().getCause());
            if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
                Optional<String> property = property(exception);
                return ErrorResponses.of(request, 400, ErrorCodes.MALFORMED_JSON,
                        "request body could not be read as JSON " + argument.getType().getSimpleName()
                                + property.map(name -> ": field [" + name + "] ").orElse(": ") + reason,
                        property.map(name -> Map.of(name, reason)).orElse(Map.of()));
            }
            return ErrorResponses.of(request, 400, ErrorCodes.INVALID_PARAMETER,
                    "parameter [" + argument.getName() + "] has an invalid value: " + reason,
                    Map.of(argument.getName(), "has an invalid value"));
        }
    }

    @Produces
    @Singleton
    @Replaces(UnsatisfiedRouteHandler.class)
    static final class MissingParameterHandler implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<ErrorBody>> {

        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, UnsatisfiedRouteException exception) {
            Argument<?> argument = exception.getArgument();
            if (argument.getAnnotationMetadata().hasAnnotation(Body.class) || "body".equals(argument.getName())) {
                return ErrorResponses.of(request, 400, ErrorCodes.MALFORMED_JSON, "request body is missing", null);
            }
            return ErrorResponses.of(request, 400, ErrorCodes.MISSING_PARAMETER,
                    "required parameter [" + argument.getName() + "] is missing", Map.of(argument.getName(), "is required"));
        }
    }
}
