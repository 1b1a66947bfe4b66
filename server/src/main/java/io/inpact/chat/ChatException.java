package io.inpact.chat;

import java.util.Map;

/** A chat request refused with a 4xx/503 and the one error shape; see {@link ChatExceptionHandler}. */
class ChatException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;

    ChatException(int status, String code, String message, Map<String, String> fieldErrors) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors;
    }

    static ChatException notFound(String what, Object id) {
        String shown = String.valueOf(id);
        shown = shown.length() > 64 ? shown.substring(0, 64) + "…" : shown;
        return new ChatException(404, "not_found", what + " [id=" + shown + "] not found", Map.of());
    }

    static ChatException invalid(String field, String problem) {
        return new ChatException(400, "validation_failed", field + " " + problem, Map.of(field, problem));
    }

    /** The server failed (not the caller): only ever sent on the socket, as {@code internal_error}. */
    static ChatException internal(String message) {
        return new ChatException(500, "internal_error", message, Map.of());
    }

    /** Too much work queued on this replica: the client should retry shortly. */
    static ChatException busy() {
        return new ChatException(429, "rate_limited", "the server is busy, retry shortly", Map.of());
    }

    static ChatException unavailable(String message) {
        return new ChatException(503, "unavailable", message, Map.of());
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
