package io.inpact.api.accounts;

import io.inpact.api.common.Niche;
import java.util.List;
import java.util.Map;

/** What any signed-in user sees of a creator ({@code GET /api/creators/{id}}): no e-mail. */
public record PublicCreatorProfile(String userId, String username, String displayName, String bio,
                                   List<Niche> niches, List<PlatformAccount> platforms,
                                   AudienceInsights audience, Map<String, String> priceExpectations,
                                   String avatarUrl) {
}
