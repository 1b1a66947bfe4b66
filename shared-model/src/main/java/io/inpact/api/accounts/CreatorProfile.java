package io.inpact.api.accounts;

import io.inpact.api.common.Niche;
import java.util.List;
import java.util.Map;

/** A creator's own profile ({@code GET /api/creators/me/profile}); {@code avatarUrl} is null without a picture. */
public record CreatorProfile(String userId, String username, String email, String displayName, String bio,
                             List<Niche> niches, List<PlatformAccount> platforms, AudienceInsights audience,
                             Map<String, String> priceExpectations, String avatarUrl, boolean complete,
                             String updatedAt) {
}
