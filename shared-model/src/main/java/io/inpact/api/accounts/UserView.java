package io.inpact.api.accounts;

/**
 * The signed-in user as the owner sees it. {@code createdAt} is an ISO-8601 instant;
 * {@code profileComplete} tells the client whether onboarding is still ahead.
 */
public record UserView(String id, String email, String username, Role role, String createdAt,
                       boolean profileComplete) {
}
