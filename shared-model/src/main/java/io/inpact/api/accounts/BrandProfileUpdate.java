package io.inpact.api.accounts;

/**
 * Body of {@code PUT /api/brands/me/profile}; replaces the editable part of the profile.
 * {@code budgetMin}/{@code budgetMax} are money strings of a brand's typical budget per campaign.
 */
public record BrandProfileUpdate(String companyName, String industry, String website,
                                 TargetAudience targetAudience, String budgetMin, String budgetMax) {
}
