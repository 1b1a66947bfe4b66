package io.inpact.campaigns;

import io.inpact.api.common.FieldErrors;
import java.util.Map;

/** A refusal with its HTTP status, a machine-readable code and a message that names the thing. */
public class Problem extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;

    public Problem(int status, String code, String message, Map<String, String> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    public static Problem notFound(String what, Object id) {
        return new Problem(404, "not_found", what + " [id=" + id + "] not found", null);
    }

    public static Problem forbidden(String message) {
        return new Problem(403, "forbidden", message, null);
    }

    public static Problem conflict(String code, String message) {
        return new Problem(409, code, message, null);
    }

    public static Problem badRequest(String code, String message) {
        return new Problem(400, code, message, null);
    }

    /** Throws a 400 validation_failed naming each bad field, when there is one. */
    public static void requireValid(FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw new Problem(400, "validation_failed", errors.summary(), errors.toMap());
        }
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
