package io.inpact.accounts;

import io.inpact.system.ApiException;
import io.inpact.system.ErrorCodes;
import java.util.Map;

/**
 * A refusal of an accounts request: the shared {@link ApiException}, plus the wait a rate limit imposes,
 * which {@link AccountProblemHandler} sends as {@code Retry-After}.
 */
final class AccountProblem extends ApiException {

    private final long retryAfterSeconds;

    private AccountProblem(int status, String code, String message, Map<String, String> fieldErrors,
                           long retryAfterSeconds) {
        super(status, code, message, fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static AccountProblem invalid(Map<String, String> fieldErrors) {
        return new AccountProblem(400, ErrorCodes.VALIDATION_FAILED, summary(fieldErrors), fieldErrors, 0);
    }

    static AccountProblem badCredentials() {
        return new AccountProblem(401, "bad_credentials", "e-mail or password is wrong", Map.of(), 0);
    }

    static AccountProblem notFound(String what) {
        return new AccountProblem(404, ErrorCodes.NOT_FOUND, what + " not found", Map.of(), 0);
    }

    static AccountProblem conflict(Map<String, String> fieldErrors) {
        return new AccountProblem(409, ErrorCodes.CONFLICT, summary(fieldErrors), fieldErrors, 0);
    }

    static AccountProblem unsupportedMedia(String message) {
        return new AccountProblem(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, message, Map.of(), 0);
    }

    static AccountProblem tooLarge(String message) {
        return new AccountProblem(413, ErrorCodes.PAYLOAD_TOO_LARGE, message, Map.of(), 0);
    }

    static AccountProblem rateLimited(long retryAfterSeconds) {
        return new AccountProblem(429, ErrorCodes.RATE_LIMITED, "too many attempts; try again in "
                + retryAfterSeconds + " seconds", Map.of(), retryAfterSeconds);
    }

    static AccountProblem unavailable(String message) {
        return new AccountProblem(503, ErrorCodes.UNAVAILABLE, message, Map.of(), 0);
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
