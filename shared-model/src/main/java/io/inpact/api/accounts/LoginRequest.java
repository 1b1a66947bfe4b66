package io.inpact.api.accounts;

/** Body of {@code POST /api/auth/login}. */
public record LoginRequest(String email, String password) {
}
