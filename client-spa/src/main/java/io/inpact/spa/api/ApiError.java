package io.inpact.spa.api;

import io.inpact.api.common.ErrorBody;
import java.util.Map;

/** A failed call as the user should hear of it: the server's error body, or one made for a transport failure. */
public final class ApiError {

    private final int status;
    private final String code;
    private final String message;
    private final Map<String, String> fieldErrors;

    ApiError(int status, String code, String message, Map<String, String> fieldErrors) {
        this.status = status;
        this.code = code == null ? "error" : code;
        this.message = message == null || message.isEmpty() ? fallbackMessage(status) : message;
        this.fieldErrors = fieldErrors == null ? Map.of() : fieldErrors;
    }

    static ApiError of(ErrorBody body, int status) {
        return new ApiError(body.status() == 0 ? status : body.status(), body.code(), body.message(),
                body.fieldErrors());
    }

    /** A failure found before sending: the shared rules rejected these fields. */
    public static ApiError invalid(Map<String, String> fieldErrors) {
        return new ApiError(422, "validation_failed", "Please correct the marked fields.", fieldErrors);
    }

    static ApiError transport(int status) {
        return new ApiError(status, status == 0 ? "network" : "unexpected_response", fallbackMessage(status), null);
    }

    /** The same failure with its field errors under other names (the form's, where they differ). */
    public ApiError withFieldErrors(Map<String, String> renamed) {
        return new ApiError(status, code, message, renamed);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    static String fallbackMessage(int status) {
        if (status == 0) {
            return "Cannot reach InPact. Check your connection and try again.";
        }
        if (status == 401) {
            return "Please sign in to continue.";
        }
        if (status == 403) {
            return "You are not allowed to do that.";
        }
        if (status == 404) {
            return "That could not be found.";
        }
        if (status == 429) {
            return "Too many attempts. Please wait a moment and try again.";
        }
        if (status >= 500) {
            return "The server could not answer (HTTP " + status + "). Please try again shortly.";
        }
        return "The request failed (HTTP " + status + ").";
    }
}
