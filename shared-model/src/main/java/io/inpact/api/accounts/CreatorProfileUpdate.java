package io.inpact.api.accounts;

import io.inpact.api.common.Niche;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code PUT /api/creators/me/profile}; replaces the editable part of the profile.
 * {@code priceExpectations} maps a {@link io.inpact.api.common.DeliverableType} name to a money string.
 */
public record CreatorProfileUpdate(String displayName, String bio, List<Niche> niches,
                                   List<PlatformAccount> platforms, AudienceInsights audience,
                                   Map<String, String> priceExpectations) {
}
