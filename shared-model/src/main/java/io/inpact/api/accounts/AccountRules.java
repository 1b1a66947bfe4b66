package io.inpact.api.accounts;

import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.FieldErrors;
import io.inpact.api.common.Money;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Rules;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The account and profile rules both sides run: each method returns field errors keyed by the JSON path
 * of the field ({@code "audience.ageShares"}, {@code "platforms[0].handle"}), empty when all is well.
 * A profile may be saved part-way (onboarding saves step by step); {@link #creatorComplete} and
 * {@link #brandComplete} tell whether it has all that matching needs. No regex, no String.format: TeaVM.
 */
public final class AccountRules {

    public static final int DISPLAY_NAME_MAX = 60;
    public static final int BIO_MAX = 1000;
    public static final int NICHES_MAX = 5;
    public static final int PLATFORMS_MAX = 8;
    public static final int HANDLE_MAX = 100;
    public static final long FOLLOWERS_MAX = 10_000_000_000L;
    public static final int LOCATIONS_MAX = 10;
    public static final int LOCATION_MAX = 60;
    public static final long AVERAGE_VIEWS_MAX = 100_000_000_000L;
    public static final int ATTENTION_SECONDS_MAX = 86_400;
    public static final int COMPANY_NAME_MAX = 100;
    public static final int INDUSTRY_MAX = 60;
    public static final int WEBSITE_MAX = 200;
    public static final int TOKEN_MAX = 200;

    private AccountRules() {
    }

    public static Map<String, String> signup(SignupRequest request) {
        if (request == null) {
            return FieldErrors.create().check("body", "is required").toMap();
        }
        return FieldErrors.create()
                .check("email", plainText(request.email(), false))
                .check("email", Rules.email(request.email()))
                .check("username", Rules.username(request.username()))
                .check("password", Rules.password(request.password(), request.email(), request.username()))
                .check("role", request.role() == null ? "must be CREATOR or BRAND" : null)
                .toMap();
    }

    public static Map<String, String> login(LoginRequest request) {
        if (request == null) {
            return FieldErrors.create().check("body", "is required").toMap();
        }
        return FieldErrors.create()
                .check("email", plainText(request.email(), false))
                .check("email", Rules.text(request.email(), Rules.EMAIL_MAX))
                .check("password", Rules.text(request.password(), Rules.PASSWORD_MAX))
                .toMap();
    }

    public static Map<String, String> forgotPassword(ForgotPasswordRequest request) {
        if (request == null) {
            return FieldErrors.create().check("body", "is required").toMap();
        }
        return FieldErrors.create()
                .check("email", plainText(request.email(), false))
                .check("email", Rules.email(request.email()))
                .toMap();
    }

    /** The server checks the password again against the account's e-mail and username. */
    public static Map<String, String> resetPassword(ResetPasswordRequest request) {
        if (request == null) {
            return FieldErrors.create().check("body", "is required").toMap();
        }
        return FieldErrors.create()
                .check("token", plainText(request.token(), false))
                .check("token", Rules.text(request.token(), TOKEN_MAX))
                .check("password", Rules.password(request.password(), null, null))
                .toMap();
    }

    public static Map<String, String> creatorProfile(CreatorProfileUpdate update) {
        FieldErrors errors = FieldErrors.create();
        if (update == null) {
            return errors.check("body", "is required").toMap();
        }
        errors.check("displayName", plainText(update.displayName(), false))
                .check("displayName", Rules.optionalText(update.displayName(), DISPLAY_NAME_MAX))
                .check("bio", plainText(update.bio(), true))
                .check("bio", Rules.optionalText(update.bio(), BIO_MAX))
                .check("niches", niches(update.niches(), NICHES_MAX));
        checkPlatforms(errors, update.platforms());
        if (update.audience() != null) {
            checkAudience(errors, update.audience());
        }
        checkPrices(errors, update.priceExpectations());
        return errors.toMap();
    }

    public static Map<String, String> brandProfile(BrandProfileUpdate update) {
        FieldErrors errors = FieldErrors.create();
        if (update == null) {
            return errors.check("body", "is required").toMap();
        }
        errors.check("companyName", plainText(update.companyName(), false))
                .check("companyName", Rules.optionalText(update.companyName(), COMPANY_NAME_MAX))
                .check("industry", plainText(update.industry(), false))
                .check("industry", Rules.optionalText(update.industry(), INDUSTRY_MAX))
                .check("website", website(update.website()));
        TargetAudience target = update.targetAudience();
        if (target != null) {
            errors.check("targetAudience.niches", niches(target.niches(), Niche.values().length))
                    .check("targetAudience.ageGroups", noNullsOrRepeats(target.ageGroups()))
                    .check("targetAudience.platforms", noNullsOrRepeats(target.platforms()))
                    .check("targetAudience.locations", locations(target.locations()));
        }
        errors.check("budgetMin", optionalMoney(update.budgetMin()))
                .check("budgetMax", optionalMoney(update.budgetMax()));
        if (errors.isEmpty() && !Rules.isBlank(update.budgetMin()) && !Rules.isBlank(update.budgetMax())
                && Money.toMinor(update.budgetMin()) > Money.toMinor(update.budgetMax())) {
            errors.check("budgetMax", "must not be less than the minimum budget");
        }
        return errors.toMap();
    }

    /** Whether a valid creator profile has everything matching needs. */
    public static boolean creatorComplete(String displayName, List<Niche> niches, List<PlatformAccount> platforms,
                                          AudienceInsights audience, Map<String, String> priceExpectations) {
        return !Rules.isBlank(displayName)
                && niches != null && !niches.isEmpty()
                && platforms != null && !platforms.isEmpty()
                && audience != null
                && shares(audience.ageShares()) == null && !isEmpty(audience.ageShares())
                && shares(audience.locationShares()) == null && !isEmpty(audience.locationShares())
                && audience.engagementRate() != null
                && audience.averageViews() != null
                && priceExpectations != null && !priceExpectations.isEmpty();
    }

    /** Whether a valid brand profile has everything matching needs. */
    public static boolean brandComplete(String companyName, String industry, TargetAudience target) {
        return !Rules.isBlank(companyName) && !Rules.isBlank(industry)
                && target != null && target.niches() != null && !target.niches().isEmpty();
    }

    /**
     * Text a person could have typed: no control characters (line breaks and tabs only where
     * {@code multiline}) and no half of a UTF-16 surrogate pair. Null or empty is fine.
     */
    public static String plainText(String value, boolean multiline) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((c < ' ' && !(multiline && lineBreak)) || (c >= 0x7F && c < 0xA0)) {
                return "must not contain control characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return "must be valid Unicode text";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode text";
            }
        }
        return null;
    }

    /** Whole percentages 0–100 summing to exactly 100; an empty or absent set is "not given". */
    public static String shares(Map<String, Integer> shares) {
        if (isEmpty(shares)) {
            return null;
        }
        long sum = 0;
        for (Integer share : shares.values()) {
            if (share == null || share < 0 || share > 100) {
                return "each share must be a whole percentage from 0 to 100";
            }
            sum += share;
        }
        return sum == 100 ? null : "shares must add up to 100 (they add up to " + sum + ")";
    }

    public static String website(String website) {
        if (Rules.isBlank(website)) {
            return null;
        }
        if (website.length() > WEBSITE_MAX) {
            return "must be at most " + WEBSITE_MAX + " characters";
        }
        String rest;
        if (website.startsWith("https://")) {
            rest = website.substring(8);
        } else if (website.startsWith("http://")) {
            rest = website.substring(7);
        } else {
            return "must start with https:// or http://";
        }
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        if (host.length() < 3 || host.indexOf('.') <= 0 || host.endsWith(".")) {
            return "must be a web address such as https://example.com";
        }
        for (int i = 0; i < website.length(); i++) {
            char c = website.charAt(i);
            if (c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') {
                return "must be a web address such as https://example.com";
            }
        }
        return null;
    }

    private static void checkPlatforms(FieldErrors errors, List<PlatformAccount> platforms) {
        if (platforms == null) {
            return;
        }
        if (platforms.size() > PLATFORMS_MAX) {
            errors.check("platforms", "at most " + PLATFORMS_MAX + " platforms");
            return;
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < platforms.size(); i++) {
            PlatformAccount account = platforms.get(i);
            String at = "platforms[" + i + "]";
            if (account == null || account.platform() == null) {
                errors.check(at + ".platform", "is required");
                continue;
            }
            if (!seen.add(account.platform())) {
                errors.check(at + ".platform", "is listed twice");
            }
            errors.check(at + ".handle", handle(account.handle()))
                    .check(at + ".followers", Rules.range(account.followers(), 0, FOLLOWERS_MAX));
        }
    }

    private static void checkAudience(FieldErrors errors, AudienceInsights audience) {
        errors.check("audience.ageShares", ageShareKeys(audience.ageShares()))
                .check("audience.ageShares", shares(audience.ageShares()))
                .check("audience.locationShares", locations(keys(audience.locationShares())))
                .check("audience.locationShares", shares(audience.locationShares()));
        Double rate = audience.engagementRate();
        if (rate != null && (rate.isNaN() || rate < 0 || rate > 100)) {
            errors.check("audience.engagementRate", "must be a percentage from 0 to 100");
        }
        if (audience.averageViews() != null) {
            errors.check("audience.averageViews", Rules.range(audience.averageViews(), 0, AVERAGE_VIEWS_MAX));
        }
        if (audience.averageAttentionSeconds() != null) {
            errors.check("audience.averageAttentionSeconds",
                    Rules.range(audience.averageAttentionSeconds(), 0, ATTENTION_SECONDS_MAX));
        }
    }

    private static void checkPrices(FieldErrors errors, Map<String, String> prices) {
        if (prices == null) {
            return;
        }
        for (Map.Entry<String, String> price : prices.entrySet()) {
            if (deliverable(price.getKey()) == null) {
                errors.check("priceExpectations", "[" + price.getKey() + "] is not a deliverable type");
            } else {
                errors.check("priceExpectations." + price.getKey(), Money.validate(price.getValue()));
            }
        }
    }

    private static String handle(String handle) {
        String error = Rules.text(handle, HANDLE_MAX);
        if (error != null) {
            return error;
        }
        for (int i = 0; i < handle.length(); i++) {
            char c = handle.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                return "must not contain spaces";
            }
            if (c == '<' || c == '>' || c == '"' || c == '\'' || c == '`') {
                return "must not contain < > \" ' or `";
            }
        }
        return plainText(handle, false);
    }

    private static String niches(List<Niche> niches, int max) {
        if (niches != null && niches.size() > max) {
            return "choose at most " + max;
        }
        return noNullsOrRepeats(niches);
    }

    private static String noNullsOrRepeats(List<? extends Enum<?>> values) {
        if (values == null) {
            return null;
        }
        Set<Enum<?>> seen = new HashSet<>();
        for (Enum<?> value : values) {
            if (value == null) {
                return "must not contain an empty entry";
            }
            if (!seen.add(value)) {
                return "[" + value.name() + "] is listed twice";
            }
        }
        return null;
    }

    private static String locations(Iterable<String> locations) {
        if (locations == null) {
            return null;
        }
        int count = 0;
        Set<String> seen = new HashSet<>();
        for (String location : locations) {
            if (++count > LOCATIONS_MAX) {
                return "at most " + LOCATIONS_MAX + " locations";
            }
            String error = Rules.text(location, LOCATION_MAX);
            if (error == null) {
                error = plainText(location, false);
            }
            if (error == null && (location.indexOf('<') >= 0 || location.indexOf('>') >= 0)) {
                error = "must not contain < or >";
            }
            if (error != null) {
                return "each location " + error;
            }
            if (!seen.add(location.trim().toLowerCase())) {
                return "[" + location + "] is listed twice";
            }
        }
        return null;
    }

    private static String ageShareKeys(Map<String, Integer> shares) {
        if (shares == null) {
            return null;
        }
        for (String key : shares.keySet()) {
            if (ageGroup(key) == null) {
                return "[" + key + "] is not an age group";
            }
        }
        return null;
    }

    private static String optionalMoney(String amount) {
        return Rules.isBlank(amount) ? null : Money.validate(amount);
    }

    /** The age group of that name, or null. */
    public static AgeGroup ageGroup(String name) {
        for (AgeGroup group : AgeGroup.values()) {
            if (group.name().equals(name)) {
                return group;
            }
        }
        return null;
    }

    /** The deliverable type of that name, or null. */
    public static DeliverableType deliverable(String name) {
        for (DeliverableType type : DeliverableType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }

    private static Iterable<String> keys(Map<String, Integer> map) {
        return map == null ? null : map.keySet();
    }

    private static boolean isEmpty(Map<?, ?> map) {
        return map == null || map.isEmpty();
    }
}
