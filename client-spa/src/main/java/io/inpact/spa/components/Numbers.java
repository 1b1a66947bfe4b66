package io.inpact.spa.components;

import io.inpact.json.Doubles;

/** Parsing and checking the numbers people type into forms, identically on the JVM and in the browser. */
public final class Numbers {

    private Numbers() {
    }

    /** A whole number of at most 15 digits (no sign, no separators), or null. */
    public static Long whole(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.length() > 15) {
            return null;
        }
        long value = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A decimal such as "4.5" or "12" (dot as separator), or null. */
    public static Double decimal(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.length() > 12) {
            return null;
        }
        int dot = t.indexOf('.');
        if (dot != t.lastIndexOf('.') || dot == 0 || dot == t.length() - 1) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return null;
            }
        }
        return Doubles.parse(t);
    }

    /** Check of an optional whole number within bounds: blank passes. */
    public static Validator optionalWhole(long min, long max) {
        return value -> value == null || value.trim().isEmpty() ? null : wholeIn(value, min, max);
    }

    /** Check of a required whole number within bounds. */
    public static Validator requiredWhole(long min, long max) {
        return value -> value == null || value.trim().isEmpty() ? "is required" : wholeIn(value, min, max);
    }

    private static String wholeIn(String value, long min, long max) {
        Long parsed = whole(value);
        if (parsed == null) {
            return "must be a whole number";
        }
        return parsed < min || parsed > max ? "must be between " + min + " and " + max : null;
    }

    /** Shows a decimal without a trailing ".0"; the browser's own number formatting, not TeaVM's. */
    public static String show(Double value) {
        if (value == null) {
            return "";
        }
        double v = value;
        if (v == Math.floor(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Doubles.format(v);
    }
}
