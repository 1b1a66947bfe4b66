package io.inpact.accounts;

import java.util.Map;

/** A refusal of an accounts request, answered as an ErrorBody with this status, code and field errors. */
final class AccountProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;
    private final long retryAfterSeconds;

    private AccountProblem(int status, String code, String message, Map<String, String> fieldErrors,
                           long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static AccountProblem invalid(Map<String, String> fieldErrors) {
        return new AccountProblem(400, "validation_failed", summary(fieldErrors), fieldErrors, 0);
    }

    static AccountProblem badCredentials() {
        return new AccountProblem(401, "bad_credentials", "e-mail or password is wrong", Map.of(), 0);
    }

    static AccountProblem notFound(String what) {
        return new AccountProblem(404, "not_found", what + " not found", Map.of(), 0);
    }

    static AccountProblem conflict(Map<String, String> fieldErrors) {
        return new AccountProblem(409, "conflict", summary(fieldErrors), fieldErrors, 0);
    }

    static AccountProblem unsupportedMedia(String message) {
        return new AccountProblem(415, "unsupported_media_type", message, Map.of(), 0);
    }

    static AccountProblem tooLarge(String message) {
        return new AccountProblem(413, "payload_too_large", message, Map.of(), 0);
    }

    static AccountProblem rateLimited(long retryAfterSeconds) {
        return new AccountProblem(429, "rate_limited", "too many attempts; try again in " + retryAfterSeconds
                + " seconds", Map.of(), retryAfterSeconds);
    }

    static AccountProblem unavailable(String message) {
        return new AccountProblem(503, "unavailable", message, Map.of(), 0);
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

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static String summary(Map<String, String> fieldErrors) {
        StringBuilder out = new StringBuilder();
        fieldErrors.forEach((field, error) -> out.append(out.length() == 0 ? "" : "; ").append(field)
                .append(' ').append(error));
        return out.toString();
    }
}
