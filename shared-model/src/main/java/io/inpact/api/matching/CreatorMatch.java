package io.inpact.api.matching;

import io.inpact.api.common.Niche;
import java.util.List;

/** A creator ranked for a campaign: score 0–100 with its breakdown. */
public record CreatorMatch(
        String creatorId,
        String creatorName,
        List<Niche> niches,
        long followers,
        double engagementRate,
        double score,
        List<ScoreComponent> components) {

    public CreatorMatch {
        niches = niches == null ? List.of() : niches;
        components = components == null ? List.of() : components;
    }

}
