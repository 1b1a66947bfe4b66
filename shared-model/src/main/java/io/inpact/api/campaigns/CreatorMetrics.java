package io.inpact.api.campaigns;

/**
 * A creator's performance measured from their portfolio posts: all posts, and the last 90 days
 * ("recent"). Rates are percentages.
 */
public record CreatorMetrics(
        String creatorId,
        int posts,
        long averageViews,
        double engagementRate,
        int recentPosts,
        long recentAverageViews,
        double recentEngagementRate) {
}
