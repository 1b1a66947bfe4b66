package io.inpact.api.campaigns;

import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.Niche;
import java.util.List;

/**
 * Create or edit a campaign. Money is a decimal string, {@code minEngagementRate} a percentage
 * (3.5 means 3.5 %), {@code applicationDeadline} an ISO date (2026-12-31). {@code status} may be DRAFT or
 * OPEN here; closing has its own route.
 */
public record CampaignRequest(
        String title,
        String description,
        Niche niche,
        List<Deliverable> deliverables,
        List<AgeGroup> ageGroups,
        List<String> locations,
        Double minEngagementRate,
        String budgetMin,
        String budgetMax,
        String applicationDeadline,
        CampaignStatus status) {
}
