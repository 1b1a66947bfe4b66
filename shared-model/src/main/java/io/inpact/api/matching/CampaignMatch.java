package io.inpact.api.matching;

import io.inpact.api.common.Niche;
import java.util.List;

/** An open campaign ranked for a creator: score 0–100 with its breakdown. */
public record CampaignMatch(
        String campaignId,
        String title,
        String brandId,
        String brandName,
        Niche niche,
        String budgetMin,
        String budgetMax,
        String applicationDeadline,
        double score,
        List<ScoreComponent> components) {

    public CampaignMatch {
        components = components == null ? List.of() : components;
    }

}
