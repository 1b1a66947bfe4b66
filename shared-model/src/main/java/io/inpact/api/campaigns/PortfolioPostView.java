package io.inpact.api.campaigns;

import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;

/** A portfolio post with its engagement rate in percent: (likes + comments + shares) / views × 100. */
public record PortfolioPostView(
        String id,
        String creatorId,
        String title,
        String url,
        Niche category,
        Platform platform,
        long likes,
        long comments,
        long shares,
        long views,
        double engagementRate,
        String postedAt) {
}
