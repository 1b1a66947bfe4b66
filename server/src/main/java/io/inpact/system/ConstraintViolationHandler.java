package io.inpact.system;

import io.inpact.api.common.ErrorBody;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Bean-validation failures ({@code @Valid}, {@code @NotBlank} on a parameter) as 400 validation_failed with fieldErrors. */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, ConstraintViolationException exception) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> fieldErrors.putIfAbsent(field(violation), violation.getMessage()));
        String message = fieldErrors.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining("; "));
        return ErrorResponses.of(request, 400, ErrorCodes.VALIDATION_FAILED, message, fieldErrors);
    }

    /** The path below the method and its body parameter: {@code create.request.budget} becomes {@code budget}. */
    private static String field(ConstraintViolation<?> violation) {
        String last = null;
        int depth = 0;
        StringBuilder below = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            depth++;
            last = node.getName();
            if (depth > 2 && node.getName() != null) {
                if (below.length() > 0) {
                    below.append('.');
                }
                below.append(node.getName());
            }
        }
        return below.length() > 0 ? below.toString() : last == null ? "value" : last;
    }
}
