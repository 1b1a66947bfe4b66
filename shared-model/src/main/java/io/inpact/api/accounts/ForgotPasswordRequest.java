package io.inpact.api.accounts;

/** Body of {@code POST /api/auth/forgot-password}; answered alike whether the e-mail is known or not. */
public record ForgotPasswordRequest(String email) {
}
