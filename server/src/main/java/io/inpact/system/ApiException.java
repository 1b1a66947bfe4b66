package io.inpact.system;

import io.inpact.api.common.FieldErrors;

import java.util.Map;

/**
 * A refusal any feature throws; the server answers it as {@code ErrorBody(status, code, message, fieldErrors)}.
 * Messages name the thing: {@code ApiException.notFound("campaign", id)} says "campaign [id=42] not found".
 */
public class ApiException extends RuntimeException {

    private static final int SHOWN_ID_LENGTH = 64;

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;
    private final long retryAfterSeconds;

    public ApiException(int status, String code, String message, Map<String, String> fieldErrors) {
        this(status, code, message, fieldErrors, 0);
    }

    private ApiException(int status, String code, String message, Map<String, String> fieldErrors,
                         long retryAfterSeconds) {
        super(message, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an ApiException needs an error status, got " + status);
        }
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message, null);
    }

    /** 400 validation_failed naming each bad field. */
    public static ApiException validation(FieldErrors errors) {
        return new ApiException(400, ErrorCodes.VALIDATION_FAILED, errors.summary(), errors.toMap());
    }

    /** 400 validation_failed naming each bad field, for rules that answer a field → error map. */
    public static ApiException validation(Map<String, String> fieldErrors) {
        return new ApiException(400, ErrorCodes.VALIDATION_FAILED, summary(fieldErrors), fieldErrors);
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

    /** 404 naming what was asked for; an id too long to be one is cut, so a caller cannot make the answer huge. */
    public static ApiException notFound(String what, Object id) {
        String shown = String.valueOf(id);
        if (shown.length() > SHOWN_ID_LENGTH) {
            shown = shown.substring(0, SHOWN_ID_LENGTH) + "…";
        }
        return new ApiException(404, ErrorCodes.NOT_FOUND, what + " [id=" + shown + "] not found", null);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message, null);
    }

    /** 409 conflict naming each field whose value another record already holds. */
    public static ApiException conflict(Map<String, String> fieldErrors) {
        return new ApiException(409, ErrorCodes.CONFLICT, summary(fieldErrors), fieldErrors);
    }

    public static ApiException unprocessable(String code, String message, Map<String, String> fieldErrors) {
        return new ApiException(422, code, message, fieldErrors);
    }

    /** 429 rate_limited; the response carries {@code Retry-After: retryAfterSeconds}. */
    public static ApiException rateLimited(long retryAfterSeconds) {
        return new ApiException(429, ErrorCodes.RATE_LIMITED,
                "too many attempts; try again in " + retryAfterSeconds + " seconds", null, retryAfterSeconds);
    }

    /** 503 unavailable: a dependency of the server is down, the request may succeed later. */
    public static ApiException unavailable(String message) {
        return new ApiException(503, ErrorCodes.UNAVAILABLE, message, null);
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

    /** Seconds the client should wait before trying again; 0 when the refusal names no wait. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static String summary(Map<String, String> fieldErrors) {
        StringBuilder out = new StringBuilder();
        fieldErrors.forEach((field, error) -> out.append(out.length() == 0 ? "" : "; ").append(field)
                .append(' ').append(error));
        return out.toString();
    }
}
