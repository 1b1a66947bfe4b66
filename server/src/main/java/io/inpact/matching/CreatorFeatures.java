package io.inpact.matching;

import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.DeliverableType;
import java.util.List;
import java.util.Map;

/** One row of creator_match_features (V23) with its locations: what matching and pricing know of a creator. */
record CreatorFeatures(
        String creatorId,
        String name,
        List<String> niches,
        long followers,
        Map<AgeGroup, Double> ages,
        Map<String, Double> locations,
        Double engagementRate,
        boolean engagementFromPosts,
        Double typicalViews,
        int recentPosts,
        double recentViews,
        Map<DeliverableType, Double> prices) {

    static String ageColumn(AgeGroup group) {
        return switch (group) {
            case AGE_13_17 -> "age_13_17";
            case AGE_18_24 -> "age_18_24";
            case AGE_25_34 -> "age_25_34";
            case AGE_35_44 -> "age_35_44";
            case AGE_45_54 -> "age_45_54";
            case AGE_55_PLUS -> "age_55_plus";
        };
    }

    static String priceColumn(DeliverableType type) {
        return "price_" + type.name().toLowerCase();
    }
}
