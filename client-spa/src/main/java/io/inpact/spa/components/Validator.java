package io.inpact.spa.components;

/** Checks one field's text; answers the message to show, or {@code null} when the value is fine. */
@FunctionalInterface
public interface Validator {
    String check(String value);

    Validator NONE = value -> null;

    /** This check first, then {@code next} when this one passes. */
    default Validator and(Validator next) {
        return value -> {
            String first = check(value);
            return first != null ? first : next.check(value);
        };
    }

    static Validator required(String message) {
        return value -> value == null || value.trim().isEmpty() ? message : null;
    }
}
