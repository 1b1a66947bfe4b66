package io.inpact.api.campaigns;

import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.Niche;
import java.util.List;

/**
 * A campaign as everyone signed in sees it. The application counts are filled in for the owning brand
 * only (null for everyone else).
 */
public record CampaignView(
        String id,
        String brandId,
        String brandName,
        String title,
        String description,
        Niche niche,
        List<Deliverable> deliverables,
        List<AgeGroup> ageGroups,
        List<String> locations,
        double minEngagementRate,
        String budgetMin,
        String budgetMax,
        String applicationDeadline,
        CampaignStatus status,
        String createdAt,
        String updatedAt,
        Integer applicationCount,
        Integer pendingApplicationCount) {

    public CampaignView {
        deliverables = deliverables == null ? List.of() : deliverables;
        ageGroups = ageGroups == null ? List.of() : ageGroups;
        locations = locations == null ? List.of() : locations;
    }

}
