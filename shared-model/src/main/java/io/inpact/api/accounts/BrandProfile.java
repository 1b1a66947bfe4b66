package io.inpact.api.accounts;

/** A brand's own profile ({@code GET /api/brands/me/profile}); {@code logoUrl} is null without a logo. */
public record BrandProfile(String userId, String username, String email, String companyName, String industry,
                           String website, TargetAudience targetAudience, String budgetMin, String budgetMax,
                           String logoUrl, boolean complete, String updatedAt) {
}
