package io.inpact.chat;

import io.inpact.system.ApiException;
import io.inpact.system.ErrorCodes;

import java.util.Map;

/** The chat's refusals, as the one {@link ApiException}: answered over HTTP as the error body, on the socket as {@code error} frames. */
final class ChatErrors {

    private ChatErrors() {
    }

    static ApiException invalid(String field, String problem) {
        return ApiException.validation(Map.of(field, problem));
    }

    /** The server failed, not the caller: only ever sent on the socket, as {@code internal_error}. */
    static ApiException internal(String message) {
        return new ApiException(500, ErrorCodes.INTERNAL_ERROR, message, null);
    }

    /** Too much work queued on this replica: the client should retry shortly. */
    static ApiException busy() {
        return new ApiException(429, ErrorCodes.RATE_LIMITED, "the server is busy, retry shortly", null);
    }
}
