package io.inpact.system;

import io.inpact.api.common.ErrorBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.util.Map;

/** Builds the one error response shape every handler in this package answers with. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static MutableHttpResponse<ErrorBody> of(HttpRequest<?> request, int status, String code, String message,
                                             Map<String, String> fieldErrors) {
        return HttpResponse.<ErrorBody>status(io.micronaut.http.HttpStatus.valueOf(status))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ErrorBody(status, code, message, fieldErrors == null ? Map.of() : fieldErrors));
    }
}
