package io.inpact.api.accounts;

/** What any signed-in user sees of a brand ({@code GET /api/brands/{id}}): no e-mail. */
public record PublicBrandProfile(String userId, String username, String companyName, String industry,
                                 String website, TargetAudience targetAudience, String budgetMin,
                                 String budgetMax, String logoUrl) {
}
