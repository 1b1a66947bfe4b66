package io.inpact.api.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void shouldAcceptSharesWhenTheyAddUpTo100() {
        assertNull(AccountRules.shares(Map.of("AGE_18_24", 60, "AGE_25_34", 40)));
    }

    @Test
    void shouldAcceptSharesWhenAbsentOrEmpty() {
        assertNull(AccountRules.shares(null));
        assertNull(AccountRules.shares(Map.of()));
    }

    @Test
    void shouldRejectSharesWhenTheSumIsNot100() {
        assertEquals("shares must add up to 100 (they add up to 99)",
                AccountRules.shares(Map.of("AGE_18_24", 60, "AGE_25_34", 39)));
    }

    @Test
    void shouldRejectSharesWhenOneIsNegativeOrAbove100() {
        Map<String, Integer> shares = new LinkedHashMap<>();
        shares.put("a", 150);
        shares.put("b", -50);
        assertEquals("each share must be a whole percentage from 0 to 100", AccountRules.shares(shares));
    }

    @Test
    void shouldNameEveryBadFieldWhenSignupIsInvalid() {
        Map<String, String> errors = AccountRules.signup(new SignupRequest("no-at-sign", "x", "short", null));

        assertEquals(List.of("email", "username", "password", "role"), List.copyOf(errors.keySet()));
    }

    @Test
    void shouldAcceptSignupWhenAllFieldsAreValid() {
        assertTrue(AccountRules.signup(
                new SignupRequest("ana@example.com", "ana_k", "correct horse 42", Role.CREATOR)).isEmpty());
    }

    @Test
    void shouldAcceptAPartialCreatorProfileWhenWhatIsGivenIsValid() {
        CreatorProfileUpdate update = new CreatorProfileUpdate("Ana", null, List.of(Niche.FOOD), null, null, null);

        assertTrue(AccountRules.creatorProfile(update).isEmpty());
        assertFalse(AccountRules.creatorComplete(update.displayName(), update.niches(), update.platforms(),
                update.audience(), update.priceExpectations()));
    }

    @Test
    void shouldCallACreatorProfileCompleteWhenMatchingHasAllItNeeds() {
        CreatorProfileUpdate update = completeCreator();

        assertTrue(AccountRules.creatorProfile(update).isEmpty());
        assertTrue(AccountRules.creatorComplete(update.displayName(), update.niches(), update.platforms(),
                update.audience(), update.priceExpectations()));
    }

    @Test
    void shouldPointAtTheNestedFieldWhenCreatorProfileIsInvalid() {
        AudienceInsights audience = new AudienceInsights(Map.of("AGE_99", 100), Map.of("India", 90),
                Double.NaN, -1L, 100_000);
        CreatorProfileUpdate update = new CreatorProfileUpdate("A".repeat(61), null,
                List.of(Niche.FOOD, Niche.FOOD),
                List.of(new PlatformAccount(Platform.YOUTUBE, "has space", -3),
                        new PlatformAccount(Platform.YOUTUBE, "ok", 1)),
                audience, Map.of("VIDEO", "1.234", "BILLBOARD", "1.00"));

        Map<String, String> errors = AccountRules.creatorProfile(update);

        assertEquals("must be at most 60 characters", errors.get("displayName"));
        assertEquals("[FOOD] is listed twice", errors.get("niches"));
        assertEquals("must not contain spaces", errors.get("platforms[0].handle"));
        assertEquals("must be between 0 and 10000000000", errors.get("platforms[0].followers"));
        assertEquals("is listed twice", errors.get("platforms[1].platform"));
        assertEquals("[AGE_99] is not an age group", errors.get("audience.ageShares"));
        assertEquals("shares must add up to 100 (they add up to 90)", errors.get("audience.locationShares"));
        assertEquals("must be a percentage from 0 to 100", errors.get("audience.engagementRate"));
        assertEquals("must be between 0 and 100000000000", errors.get("audience.averageViews"));
        assertEquals("must be between 0 and 86400", errors.get("audience.averageAttentionSeconds"));
        assertEquals("must have at most 2 decimals", errors.get("priceExpectations.VIDEO"));
        assertEquals("[BILLBOARD] is not a deliverable type", errors.get("priceExpectations"));
    }

    @Test
    void shouldRejectBrandBudgetWhenMinimumExceedsMaximum() {
        BrandProfileUpdate update = new BrandProfileUpdate("Acme", "Food", "https://acme.example",
                null, "5000.00", "100.00");

        assertEquals("must not be less than the minimum budget", AccountRules.brandProfile(update).get("budgetMax"));
    }

    @Test
    void shouldRejectWebsiteWhenItIsNotAnHttpAddress() {
        assertEquals("must start with https:// or http://", AccountRules.website("javascript:alert(1)"));
        assertEquals("must be a web address such as https://example.com", AccountRules.website("https://localhost"));
        assertNull(AccountRules.website("https://acme.example/about"));
    }

    @Test
    void shouldCallABrandProfileCompleteWhenCompanyIndustryAndTargetNichesAreGiven() {
        TargetAudience target = new TargetAudience(List.of(Niche.TECH), List.of(AgeGroup.AGE_18_24),
                List.of("Germany"), List.of(Platform.YOUTUBE));

        assertTrue(AccountRules.brandProfile(
                new BrandProfileUpdate("Acme", "Software", null, target, "100.00", "900.00")).isEmpty());
        assertTrue(AccountRules.brandComplete("Acme", "Software", target));
        assertFalse(AccountRules.brandComplete("Acme", " ", target));
    }

    @Test
    void shouldRejectResetWhenTokenMissingOrPasswordWeak() {
        Map<String, String> errors = AccountRules.resetPassword(new ResetPasswordRequest(" ", "abcdefghijk"));

        assertEquals("is required", errors.get("token"));
        assertEquals("must contain letters and at least one digit or symbol", errors.get("password"));
    }

    @Test
    void shouldRejectTextWhenItHoldsControlCharactersOrHalfASurrogatePair() {
        assertEquals("must not contain control characters", AccountRules.plainText("a\u0000b", false));
        assertEquals("must not contain control characters", AccountRules.plainText("two\nlines", false));
        assertNull(AccountRules.plainText("two\nlines", true));
        assertEquals("must be valid Unicode text", AccountRules.plainText("x\uD800", false));
        assertEquals("must be valid Unicode text", AccountRules.plainText("\uDC00x", false));
        assertNull(AccountRules.plainText("S\u00e3o Paulo \uD83D\uDE00", false));
    }

    @Test
    void shouldRejectMarkupWhenItIsInAHandleOrLocation() {
        CreatorProfileUpdate update = new CreatorProfileUpdate(null, null, null,
                List.of(new PlatformAccount(Platform.TIKTOK, "<b>x</b>", 1)),
                new AudienceInsights(null, Map.of("<i>here</i>", 100), null, null, null), null);

        Map<String, String> errors = AccountRules.creatorProfile(update);

        assertEquals("must not contain < > \" ' or `", errors.get("platforms[0].handle"));
        assertEquals("each location must not contain < or >", errors.get("audience.locationShares"));
    }

    static CreatorProfileUpdate completeCreator() {
        return new CreatorProfileUpdate("Ana Cooks", "Weeknight recipes.", List.of(Niche.FOOD, Niche.LIFESTYLE),
                List.of(new PlatformAccount(Platform.YOUTUBE, "@anacooks", 120_000)),
                new AudienceInsights(Map.of("AGE_18_24", 55, "AGE_25_34", 45), Map.of("India", 70, "USA", 30),
                        4.5, 30_000L, 95),
                Map.of("VIDEO", "1500.00", "SHORT", "300"));
    }
}
