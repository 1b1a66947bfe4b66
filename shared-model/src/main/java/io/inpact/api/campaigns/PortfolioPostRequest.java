package io.inpact.api.campaigns;

import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;

/** A piece of a creator's published content; {@code postedAt} is an ISO date, today when absent. */
public record PortfolioPostRequest(
        String title,
        String url,
        Niche category,
        Platform platform,
        Long likes,
        Long comments,
        Long shares,
        Long views,
        String postedAt) {
}
