package io.inpact.api.accounts;

import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import java.util.List;

/** Whom a brand wants to reach. */
public record TargetAudience(List<Niche> niches, List<AgeGroup> ageGroups, List<String> locations,
                             List<Platform> platforms) {
}
