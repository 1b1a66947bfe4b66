package io.inpact.api.accounts;

/** Body of {@code POST /api/auth/reset-password}: the token from the e-mailed link and the new password. */
public record ResetPasswordRequest(String token, String password) {
}
