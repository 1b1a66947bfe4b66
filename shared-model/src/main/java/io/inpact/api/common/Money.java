package io.inpact.api.common;

/**
 * Money travels as a decimal string ("1500.00") and is computed with as a long count of minor units
 * (cents). No floating point anywhere, so no rounding surprise on either side.
 */
public final class Money {

    /** The largest amount accepted anywhere: 1,000,000,000.00. */
    public static final long MAX_MINOR = 100_000_000_000L;
    public static final String MAX = "1000000000.00";

    private Money() {
    }

    /** The error message for an unacceptable amount, or null when it is fine. */
    public static String validate(String amount) {
        if (amount == null || amount.isEmpty()) {
            return "is required";
        }
        int dot = amount.indexOf('.');
        int intEnd = dot < 0 ? amount.length() : dot;
        if (amount.charAt(0) == '-') {
            return "must not be negative";
        }
        if (intEnd == 0 || !digits(amount, 0, intEnd)) {
            return "must be a decimal amount such as 1500.00";
        }
        if (dot >= 0) {
            int decimals = amount.length() - dot - 1;
            if (decimals == 0 || !digits(amount, dot + 1, amount.length())) {
                return "must be a decimal amount such as 1500.00";
            }
            if (decimals > 2) {
                return "must have at most 2 decimals";
            }
        }
        if (toMinorUnchecked(amount, dot, intEnd) > MAX_MINOR) {
            return "must be at most " + MAX;
        }
        return null;
    }

    /** "1500.5" → 150050. Throws IllegalArgumentException with the reason when the amount is invalid. */
    public static long toMinor(String amount) {
        String error = validate(amount);
        if (error != null) {
            throw new IllegalArgumentException("amount [" + amount + "] " + error);
        }
        int dot = amount.indexOf('.');
        return toMinorUnchecked(amount, dot, dot < 0 ? amount.length() : dot);
    }

    /** 150050 → "1500.50": always two decimals, never negative. */
    public static String fromMinor(long minor) {
        if (minor < 0 || minor > MAX_MINOR) {
            throw new IllegalArgumentException("amount [" + minor + "] minor units is out of range 0.." + MAX_MINOR);
        }
        long cents = minor % 100;
        return (minor / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    /** Rewrites a valid amount in the canonical two-decimal form: "7.5" → "7.50". */
    public static String normalize(String amount) {
        return fromMinor(toMinor(amount));
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long toMinorUnchecked(String amount, int dot, int intEnd) {
        int start = 0;
        while (start < intEnd - 1 && amount.charAt(start) == '0') {
            start++;
        }
        if (intEnd - start > 12) {
            return Long.MAX_VALUE;
        }
        long value = 0;
        for (int i = start; i < intEnd; i++) {
            value = value * 10 + (amount.charAt(i) - '0');
        }
        value *= 100;
        if (dot >= 0) {
            int decimals = amount.length() - dot - 1;
            long fraction = amount.charAt(dot + 1) - '0';
            fraction = decimals == 2 ? fraction * 10 + (amount.charAt(dot + 2) - '0') : fraction * 10;
            value += fraction;
        }
        return value;
    }
}
