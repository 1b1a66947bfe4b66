package io.inpact.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"0,0", "0.00,0", "1500,150000", "1500.5,150050", "1500.50,150050", "0.01,1", "007.25,725",
            "1000000000.00,100000000000", "999999999.99,99999999999"})
    void shouldConvertToMinorUnitsWhenAmountIsValid(String amount, long minor) {
        assertNull(Money.validate(amount));
        assertEquals(minor, Money.toMinor(amount));
    }

    @ParameterizedTest
    @CsvSource({"0,0.00", "1,0.01", "9,0.09", "10,0.10", "150050,1500.50", "100000000000,1000000000.00"})
    void shouldFormatTwoDecimalsWhenConvertingFromMinorUnits(long minor, String amount) {
        assertEquals(amount, Money.fromMinor(minor));
    }

    @Test
    void shouldRejectNegativeAmountWhenValidating() {
        assertEquals("must not be negative", Money.validate("-1.00"));
    }

    @Test
    void shouldRejectThirdDecimalWhenValidating() {
        assertEquals("must have at most 2 decimals", Money.validate("1.005"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000.01", "10000000000", "99999999999999999999999999"})
    void shouldRejectAmountAboveUpperBoundWhenValidating(String amount) {
        assertEquals("must be at most " + Money.MAX, Money.validate(amount));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e3", "1,500", " 1", "1 ", ".5", "5.", "1.2.3", "+1", "NaN", "0x10", "١٢"})
    void shouldRejectMalformedAmountWhenValidating(String amount) {
        assertEquals("must be a decimal amount such as 1500.00", Money.validate(amount));
    }

    @Test
    void shouldRequireAmountWhenNullOrEmpty() {
        assertEquals("is required", Money.validate(null));
        assertEquals("is required", Money.validate(""));
    }

    @Test
    void shouldThrowWithReasonWhenConvertingInvalidAmount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.toMinor("1.234"));
        assertEquals("amount [1.234] must have at most 2 decimals", e.getMessage());
    }

    @Test
    void shouldRejectOutOfRangeMinorUnitsWhenFormatting() {
        assertThrows(IllegalArgumentException.class, () -> Money.fromMinor(-1));
        assertThrows(IllegalArgumentException.class, () -> Money.fromMinor(Money.MAX_MINOR + 1));
    }

    @Test
    void shouldWriteCanonicalFormWhenNormalizing() {
        assertEquals("7.50", Money.normalize("7.5"));
        assertEquals("12.00", Money.normalize("0012"));
    }
}
