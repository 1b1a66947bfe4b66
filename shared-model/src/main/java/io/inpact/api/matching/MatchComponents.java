package io.inpact.api.matching;

/** The names and weights of the match score's components; the weights add up to 100. */
public final class MatchComponents {

    public static final String AUDIENCE_AGE = "audienceAge";
    public static final String AUDIENCE_LOCATION = "audienceLocation";
    public static final String ENGAGEMENT = "engagement";
    public static final String PRICE = "price";
    public static final String NICHE = "niche";
    public static final String RECENT_PERFORMANCE = "recentPerformance";

    public static final double AUDIENCE_AGE_WEIGHT = 20;
    public static final double AUDIENCE_LOCATION_WEIGHT = 20;
    public static final double ENGAGEMENT_WEIGHT = 20;
    public static final double PRICE_WEIGHT = 15;
    public static final double NICHE_WEIGHT = 15;
    public static final double RECENT_PERFORMANCE_WEIGHT = 10;

    private MatchComponents() {
    }

    /** A label for the UI. */
    public static String label(String name) {
        switch (name) {
            case AUDIENCE_AGE:
                return "Audience age";
            case AUDIENCE_LOCATION:
                return "Audience location";
            case ENGAGEMENT:
                return "Engagement";
            case PRICE:
                return "Price vs budget";
            case NICHE:
                return "Niche fit";
            case RECENT_PERFORMANCE:
                return "Recent performance";
            default:
                return name;
        }
    }
}
