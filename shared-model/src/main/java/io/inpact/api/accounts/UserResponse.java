package io.inpact.api.accounts;

/** {@code {user}}: the answer of signup, login and me. */
public record UserResponse(UserView user) {
}
