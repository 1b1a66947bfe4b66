package io.inpact.api.accounts;

/** Body of {@code POST /api/auth/signup}. */
public record SignupRequest(String email, String username, String password, Role role) {
}
