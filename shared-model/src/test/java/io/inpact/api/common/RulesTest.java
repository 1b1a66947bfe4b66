package io.inpact.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RulesTest {

    private static final String EMAIL_ERROR = "must be an e-mail address such as name@example.com";

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.com", "a.b+tag@sub.example.co", "x_y-z@exa-mple.io", "ü@müller.de"})
    void shouldAcceptEmailWhenWellFormed(String email) {
        assertNull(Rules.email(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "@example.com", "ana@", "ana@example", "ana@@example.com", "a@b@example.com",
            "ana @example.com", "ana@exa mple.com", "ana@.example.com", "ana@example..com", "ana@-example.com",
            "ana@example-.com", ".ana@example.com", "ana.@example.com", "a..na@example.com", "<ana>@example.com",
            "ana@example.com."})
    void shouldRejectEmailWhenMalformed(String email) {
        assertEquals(EMAIL_ERROR, Rules.email(email));
    }

    @Test
    void shouldRequireEmailWhenBlank() {
        assertEquals("is required", Rules.email(null));
        assertEquals("is required", Rules.email("  "));
    }

    @Test
    void shouldRejectEmailWhenTooLong() {
        String email = "a".repeat(60) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".com";
        assertEquals("must be at most 254 characters", Rules.email(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana_b.c-d", "A1B2C3", "abcdefghijklmnopqrstuvwxyz1234"})
    void shouldAcceptUsernameWhenAllowedCharactersAndLength(String username) {
        assertNull(Rules.username(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "abcdefghijklmnopqrstuvwxyz12345"})
    void shouldRejectUsernameWhenLengthOutOfRange(String username) {
        assertEquals("must be 3 to 30 characters", Rules.username(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana b", "ana@b", "anä", "ana!", "ana/b"})
    void shouldRejectUsernameWhenCharacterNotAllowed(String username) {
        assertEquals("may contain only letters, digits, '_', '.' and '-'", Rules.username(username));
    }

    @Test
    void shouldRequireUsernameWhenBlank() {
        assertEquals("is required", Rules.username(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correcthorse7", "correct horse!", "Пароль-надёжный", "abcdefghij$"})
    void shouldAcceptPasswordWhenStrong(String password) {
        assertNull(Rules.password(password, "ana@example.com", "ana_b"));
    }

    @Test
    void shouldRejectPasswordWhenShorterThanTen() {
        assertEquals("must be at least 10 characters", Rules.password("abc123def", "ana@example.com", "ana_b"));
    }

    @Test
    void shouldRejectPasswordWhenLongerThanMax() {
        assertEquals("must be at most 128 characters", Rules.password("a1".repeat(65), "ana@example.com", "ana_b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"onlyletterss", "1234567890123", "!!!!!!!!!!!!", "          "})
    void shouldRejectPasswordWhenNotMixingLettersWithDigitsOrSymbols(String password) {
        assertEquals("must contain letters and at least one digit or symbol",
                Rules.password(password, "ana@example.com", "ana_b"));
    }

    @Test
    void shouldRejectPasswordWhenItContainsTheEmail() {
        assertEquals("must not contain your e-mail address",
                Rules.password("x1ANA@Example.com", "ana@example.com", "zed"));
        assertEquals("must not contain your e-mail address",
                Rules.password("mariana2024!", "mariana@example.com", "zed"));
    }

    @Test
    void shouldRejectPasswordWhenItContainsTheUsername() {
        assertEquals("must not contain your username", Rules.password("Creator_Max99", "x@example.com", "creator_max"));
    }

    @Test
    void shouldRequirePasswordWhenEmpty() {
        assertEquals("is required", Rules.password(null, null, null));
    }

    @Test
    void shouldDelegateMoneyRuleToMoney() {
        assertNull(Rules.money("1500.00"));
        assertEquals("must have at most 2 decimals", Rules.money("1.001"));
    }

    @Test
    void shouldCountCodePointsWhenCheckingTextLength() {
        String fiveEmoji = "😀😀😀😀😀";
        assertNull(Rules.text(fiveEmoji, 5));
        assertEquals("must be at most 4 characters", Rules.text(fiveEmoji, 4));
    }

    @Test
    void shouldRequireTextWhenBlank() {
        assertEquals("is required", Rules.text(" \n", 10));
        assertEquals("is required", Rules.text(null, 10));
    }

    @Test
    void shouldAllowMissingOptionalText() {
        assertNull(Rules.optionalText(null, 10));
        assertNull(Rules.optionalText("", 10));
        assertEquals("must be at most 2 characters", Rules.optionalText("abc", 2));
    }

    @Test
    void shouldRejectValueOutsideRange() {
        assertNull(Rules.range(5, 0, 100));
        assertEquals("must be between 0 and 100", Rules.range(101, 0, 100));
        assertEquals("must be between 0 and 100", Rules.range(-1, 0, 100));
    }

    @Test
    void shouldRequireValueWhenBlank() {
        assertEquals("is required", Rules.required("\t"));
        assertNull(Rules.required("x"));
    }
}
