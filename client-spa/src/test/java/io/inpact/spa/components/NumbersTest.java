package io.inpact.spa.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void shouldParseWholeNumberWhenTextIsDigitsOnly() {
        assertEquals(125_000L, Numbers.whole(" 125000 "));
        assertNull(Numbers.whole("12,000"));
        assertNull(Numbers.whole("-3"));
        assertNull(Numbers.whole("1234567890123456"));
        assertNull(Numbers.whole(""));
    }

    @Test
    void shouldParseDecimalWhenDotSeparatesDigits() {
        assertEquals(4.5, Numbers.decimal("4.5"));
        assertEquals(12.0, Numbers.decimal("12"));
        assertNull(Numbers.decimal("4,5"));
        assertNull(Numbers.decimal(".5"));
        assertNull(Numbers.decimal("5."));
        assertNull(Numbers.decimal("1.2.3"));
        assertNull(Numbers.decimal("1e3"));
    }

    @Test
    void shouldCheckBoundsWhenValidatingWholeNumbers() {
        Validator percent = Numbers.optionalWhole(0, 100);

        assertNull(percent.check(""));
        assertNull(percent.check("100"));
        assertEquals("must be between 0 and 100", percent.check("101"));
        assertEquals("must be a whole number", percent.check("5.5"));
        assertEquals("is required", Numbers.requiredWhole(0, 10).check(" "));
    }

    @Test
    void shouldShowDecimalWithoutTrailingZeroWhenWhole() {
        assertEquals("4", Numbers.show(4.0));
        assertEquals("4.5", Numbers.show(4.5));
        assertEquals("", Numbers.show(null));
    }

    @Test
    void shouldGroupThousandsWithoutLocaleWhenCounting() {
        assertEquals("0", Labels.count(0));
        assertEquals("999", Labels.count(999));
        assertEquals("1,000", Labels.count(1000));
        assertEquals("1,234,567", Labels.count(1_234_567));
        assertEquals("-12,345", Labels.count(-12_345));
    }

    @Test
    void shouldSpellEnumConstantsAsWordsWhenLabelling() {
        assertEquals("Home", Labels.words("HOME"));
        assertEquals("Age 55 plus", Labels.words("AGE_55_PLUS"));
        assertEquals("YouTube", Labels.platform(io.inpact.api.common.Platform.YOUTUBE));
    }

    @Test
    void shouldRateStrengthOnlyAboveWeakWhenSharedRulePasses() {
        assertEquals(0, PasswordMeter.level("", false));
        assertEquals(1, PasswordMeter.level("Abcdefgh1!", false));
        assertEquals(2, PasswordMeter.level("abcdefghi1", true));
        assertEquals(3, PasswordMeter.level("Abcdefgh1!", true));
        assertEquals(4, PasswordMeter.level("correct Horse 42 battery", true));
    }
}
