package io.inpact.api.accounts;

import java.util.Map;

/**
 * What a creator's audience looks like. Shares are whole percentages that sum to 100:
 * {@code ageShares} is keyed by {@link io.inpact.api.common.AgeGroup} name (e.g. {@code "AGE_18_24"}),
 * {@code locationShares} by a free-text place (country or city). {@code engagementRate} is a percentage
 * (0–100). A null number means "not given yet".
 */
public record AudienceInsights(Map<String, Integer> ageShares, Map<String, Integer> locationShares,
                               Double engagementRate, Long averageViews, Integer averageAttentionSeconds) {
}
