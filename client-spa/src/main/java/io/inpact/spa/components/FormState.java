package io.inpact.spa.components;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one form, independent of the DOM: each field's text, its check, whether the user has
 * touched it, and the server's verdict on it. Client errors show once a field is touched (typed in or
 * left) or after a submit attempt; a server error shows until that field changes.
 */
public final class FormState {

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private String formError;
    private boolean submitAttempted;

    public FormState field(String name, Validator validator) {
        fields.put(name, new Field(validator));
        return this;
    }

    public FormState field(String name, Validator validator, String initialValue) {
        field(name, validator);
        fields.get(name).value = initialValue == null ? "" : initialValue;
        return this;
    }

    /** The user changed a field: it counts as touched and loses any server error. */
    public void input(String name, String value) {
        Field field = require(name);
        field.value = value == null ? "" : value;
        field.touched = true;
        field.serverError = null;
        formError = null;
    }

    /** Sets a value without the user's doing (restoring a draft, loading a profile). */
    public void load(String name, String value) {
        require(name).value = value == null ? "" : value;
    }

    public void touch(String name) {
        require(name).touched = true;
    }

    public String value(String name) {
        return require(name).value;
    }

    /** The message to show beside the field now, or {@code null}. */
    public String visibleError(String name) {
        Field field = require(name);
        if (field.serverError != null) {
            return field.serverError;
        }
        return field.touched || submitAttempted ? field.validator.check(field.value) : null;
    }

    /** Marks a submit attempt so every error shows; true when no field has a client-side error. */
    public boolean validateForSubmit() {
        submitAttempted = true;
        boolean valid = true;
        for (Field field : fields.values()) {
            field.serverError = null;
            if (field.validator.check(field.value) != null) {
                valid = false;
            }
        }
        formError = null;
        return valid;
    }

    /** Touches the given fields and answers whether all of them pass their checks. */
    public boolean validate(Iterable<String> names) {
        boolean valid = true;
        for (String name : names) {
            Field field = require(name);
            field.touched = true;
            if (field.serverError != null || field.validator.check(field.value) != null) {
                valid = false;
            }
        }
        return valid;
    }

    public boolean isValid() {
        for (Field field : fields.values()) {
            if (field.validator.check(field.value) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Applies a failed response: field errors go to the fields they name; the errors of fields this form
     * does not have, or else the message when no field is named, become the form's error.
     */
    public void serverFailure(String message, Map<String, String> fieldErrors) {
        StringBuilder unplaced = new StringBuilder();
        boolean placedAny = false;
        if (fieldErrors != null) {
            for (Map.Entry<String, String> entry : fieldErrors.entrySet()) {
                Field field = fields.get(entry.getKey());
                if (field != null) {
                    field.serverError = entry.getValue();
                    placedAny = true;
                } else {
                    unplaced.append(unplaced.length() == 0 ? "" : "; ").append(entry.getValue());
                }
            }
        }
        if (unplaced.length() > 0) {
            // the server's message repeats its field errors; those of fields this form lacks say it best
            formError = unplaced.toString();
        } else {
            formError = placedAny ? null : message;
        }
    }

    /** The error that belongs to the form as a whole, or {@code null}. */
    public String formError() {
        return formError;
    }

    public Iterable<String> names() {
        return fields.keySet();
    }

    /** Every field's current text, in declaration order (for drafts). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Field> entry : fields.entrySet()) {
            values.put(entry.getKey(), entry.getValue().value);
        }
        return values;
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    private Field require(String name) {
        Field field = fields.get(name);
        if (field == null) {
            throw new IllegalArgumentException("no field [name=" + name + "] in this form");
        }
        return field;
    }

    private static final class Field {
        private final Validator validator;
        private String value = "";
        private boolean touched;
        private String serverError;

        private Field(Validator validator) {
            this.validator = validator;
        }
    }
}
