package io.inpact.api.campaigns;

/** Marketplace paths added to the core contract of {@code io.inpact.api.common.ApiPaths}. */
public final class MarketplacePaths {

    public static final String CAMPAIGNS_MINE = "/api/campaigns/mine";
    public static final String DEAL = "/api/deals/{id}";
    public static final String DEAL_SUMMARY = "/api/deals/summary";
    public static final String APPLICATIONS_TO_REVIEW = "/api/applications/to-review";
    public static final String MY_POSTS = "/api/creators/me/posts";
    public static final String MY_POST = "/api/creators/me/posts/{id}";
    public static final String CREATOR_POSTS = "/api/creators/{id}/posts";
    public static final String CREATOR_METRICS = "/api/creators/{id}/metrics";

    private MarketplacePaths() {
    }

    public static String deal(String id) {
        return DEAL.replace("{id}", id);
    }

    public static String myPost(String id) {
        return MY_POST.replace("{id}", id);
    }

    public static String creatorPosts(String id) {
        return CREATOR_POSTS.replace("{id}", id);
    }

    public static String creatorMetrics(String id) {
        return CREATOR_METRICS.replace("{id}", id);
    }
}
