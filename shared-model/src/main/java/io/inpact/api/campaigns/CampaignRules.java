package io.inpact.api.campaigns;

import io.inpact.api.common.FieldErrors;
import io.inpact.api.common.Money;
import io.inpact.api.common.Rules;
import java.util.List;

/** The rules of the marketplace's requests, run by the SPA while typing and by the server on arrival. */
public final class CampaignRules {

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int PROPOSAL_MAX = 3000;
    public static final int NOTE_MAX = 500;
    public static final int URL_MAX = 2000;
    public static final int DELIVERABLES_MAX = 20;
    public static final int DELIVERABLE_COUNT_MAX = 100;
    public static final int LOCATIONS_MAX = 30;
    public static final int LOCATION_MAX = 60;
    public static final double ENGAGEMENT_MAX = 100.0;
    public static final long COUNTER_MAX = 100_000_000_000L;

    private CampaignRules() {
    }

    public static FieldErrors campaign(CampaignRequest r) {
        FieldErrors errors = FieldErrors.create()
                .check("title", Rules.text(r.title(), TITLE_MAX))
                .check("description", Rules.text(r.description(), DESCRIPTION_MAX))
                .check("niche", r.niche() == null ? "is required" : null)
                .check("deliverables", deliverables(r.deliverables()))
                .check("ageGroups", r.ageGroups() != null && r.ageGroups().contains(null) ? "contains an unknown age group" : null)
                .check("locations", locations(r.locations()))
                .check("minEngagementRate", engagement(r.minEngagementRate()))
                .check("budgetMin", Money.validate(r.budgetMin()))
                .check("budgetMax", Money.validate(r.budgetMax()))
                .check("applicationDeadline", r.applicationDeadline() == null || r.applicationDeadline().isEmpty()
                        ? null : isoDate(r.applicationDeadline()))
                .check("status", r.status() == CampaignStatus.CLOSED ? "must be DRAFT or OPEN; close a campaign with its close action" : null);
        if (Money.validate(r.budgetMin()) == null && Money.validate(r.budgetMax()) == null
                && Money.toMinor(r.budgetMin()) > Money.toMinor(r.budgetMax())) {
            errors.check("budgetMax", "must not be below budgetMin");
        }
        return errors;
    }

    public static FieldErrors application(ApplicationRequest r) {
        return FieldErrors.create()
                .check("proposal", Rules.text(r.proposal(), PROPOSAL_MAX))
                .check("proposedFee", positiveMoney(r.proposedFee()));
    }

    public static FieldErrors payment(PaymentRequest r) {
        return FieldErrors.create()
                .check("amount", positiveMoney(r.amount()))
                .check("note", Rules.optionalText(r.note(), NOTE_MAX));
    }

    public static FieldErrors post(PortfolioPostRequest r) {
        return FieldErrors.create()
                .check("title", Rules.text(r.title(), TITLE_MAX))
                .check("url", url(r.url()))
                .check("category", r.category() == null ? "is required" : null)
                .check("platform", r.platform() == null ? "is required" : null)
                .check("likes", counter(r.likes()))
                .check("comments", counter(r.comments()))
                .check("shares", counter(r.shares()))
                .check("views", counter(r.views()))
                .check("postedAt", r.postedAt() == null || r.postedAt().isEmpty() ? null : isoDate(r.postedAt()));
    }

    /** A fee or payment: a valid amount above zero. */
    public static String positiveMoney(String amount) {
        String error = Money.validate(amount);
        if (error != null) {
            return error;
        }
        return Money.toMinor(amount) == 0 ? "must be above 0" : null;
    }

    /** http(s) links only, so a stored link can never run script when clicked. */
    public static String url(String url) {
        String error = Rules.text(url, URL_MAX);
        if (error != null) {
            return error;
        }
        String lower = url.toLowerCase();
        boolean http = lower.startsWith("https://") || lower.startsWith("http://");
        if (!http || url.indexOf(' ') >= 0 || lower.indexOf("://") + 3 >= url.length()) {
            return "must be an http(s) link";
        }
        return null;
    }

    /** YYYY-MM-DD with a real month and day. */
    public static String isoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return "must be a date such as 2026-12-31";
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return "must be a date such as 2026-12-31";
            }
        }
        int year = Integer.parseInt(value.substring(0, 4));
        int month = Integer.parseInt(value.substring(5, 7));
        int day = Integer.parseInt(value.substring(8, 10));
        if (year < 2000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return "must be a date such as 2026-12-31";
        }
        return null;
    }

    private static int daysIn(int year, int month) {
        if (month == 2) {
            boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static String deliverables(List<Deliverable> deliverables) {
        if (deliverables == null || deliverables.isEmpty()) {
            return "needs at least one deliverable";
        }
        if (deliverables.size() > DELIVERABLES_MAX) {
            return "must be at most " + DELIVERABLES_MAX;
        }
        for (Deliverable d : deliverables) {
            if (d == null || d.platform() == null || d.type() == null) {
                return "each needs a platform and a type";
            }
            if (d.count() < 1 || d.count() > DELIVERABLE_COUNT_MAX) {
                return "each count must be between 1 and " + DELIVERABLE_COUNT_MAX;
            }
        }
        return null;
    }

    private static String locations(List<String> locations) {
        if (locations == null) {
            return null;
        }
        if (locations.size() > LOCATIONS_MAX) {
            return "must be at most " + LOCATIONS_MAX;
        }
        for (String location : locations) {
            String error = Rules.text(location, LOCATION_MAX);
            if (error != null) {
                return "each location " + error;
            }
        }
        return null;
    }

    private static String engagement(Double rate) {
        if (rate == null) {
            return null;
        }
        return rate.isNaN() || rate < 0 || rate > ENGAGEMENT_MAX ? "must be between 0 and 100" : null;
    }

    private static String counter(Long value) {
        if (value == null) {
            return null;
        }
        return value < 0 || value > COUNTER_MAX ? "must be between 0 and " + COUNTER_MAX : null;
    }
}
