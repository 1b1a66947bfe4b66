package io.inpact.system;

import io.inpact.api.common.FieldErrors;

import java.util.Map;

/**
 * A refusal any feature throws; the server answers it as {@code ErrorBody(status, code, message, fieldErrors)}.
 * Messages name the thing: {@code ApiException.notFound("campaign", id)} says "campaign [id=42] not found".
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;

    public ApiException(int status, String code, String message, Map<String, String> fieldErrors) {
        super(message, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an ApiException needs an error status, got " + status);
        }
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message, null);
    }

    /** 400 validation_failed naming each bad field. */
    public static ApiException validation(FieldErrors errors) {
        return new ApiException(400, ErrorCodes.VALIDATION_FAILED, errors.summary(), errors.toMap());
    }

    /** Throws {@link #validation(FieldErrors)} when there is an error. */
    public static void requireValid(FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw validation(errors);
        }
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, ErrorCodes.UNAUTHORIZED, message, null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, ErrorCodes.FORBIDDEN, message, null);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, what + " [id=" + id + "] not found", null);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message, null);
    }

    public static ApiException unprocessable(String code, String message, Map<String, String> fieldErrors) {
        return new ApiException(422, code, message, fieldErrors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
