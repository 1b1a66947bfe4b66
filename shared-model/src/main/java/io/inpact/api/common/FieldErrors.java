package io.inpact.api.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the first error of each field in the order checked:
 * {@code FieldErrors.create().check("email", Rules.email(email)).toMap()}.
 */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    private FieldErrors() {
    }

    public static FieldErrors create() {
        return new FieldErrors();
    }

    /** Records the error for the field unless it is null or the field already has one. */
    public FieldErrors check(String field, String error) {
        if (error != null && !errors.containsKey(field)) {
            errors.put(field, error);
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, String> toMap() {
        return new LinkedHashMap<>(errors);
    }

    /** A readable one-line summary, e.g. for {@link ErrorBody#message()}: "email is required; ...". */
    public String summary() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : errors.entrySet()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(e.getKey()).append(' ').append(e.getValue());
        }
        return out.toString();
    }
}
