package io.inpact.spa.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.inpact.api.common.Rules;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormStateTest {

    private FormState signIn() {
        return new FormState()
                .field("email", Rules::email)
                .field("password", value -> Rules.text(value, Rules.PASSWORD_MAX));
    }

    @Test
    void shouldHideErrorsWhenFieldIsUntouched() {
        FormState form = signIn();

        assertNull(form.visibleError("email"));
        assertFalse(form.isValid());
    }

    @Test
    void shouldShowRuleMessageAsUserTypesWhenValueIsInvalid() {
        FormState form = signIn();

        form.input("email", "ana@");

        assertEquals(Rules.email("ana@"), form.visibleError("email"));
        form.input("email", "ana@example.com");
        assertNull(form.visibleError("email"));
    }

    @Test
    void shouldShowEveryErrorWhenSubmitIsAttempted() {
        FormState form = signIn();

        boolean valid = form.validateForSubmit();

        assertFalse(valid);
        assertEquals("is required", form.visibleError("email"));
        assertEquals("is required", form.visibleError("password"));
    }

    @Test
    void shouldPlaceServerErrorsOnTheirFieldsUntilTheFieldChanges() {
        FormState form = signIn();
        form.input("email", "ana@example.com");
        form.input("password", "long enough 1");
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("email", "is already registered");

        form.serverFailure("validation failed", errors);

        assertEquals("is already registered", form.visibleError("email"));
        assertNull(form.formError());
        form.input("email", "other@example.com");
        assertNull(form.visibleError("email"));
    }

    @Test
    void shouldShowMessageAsFormErrorWhenServerNamesNoField() {
        FormState form = signIn();

        form.serverFailure("Wrong e-mail or password.", Map.of());

        assertEquals("Wrong e-mail or password.", form.formError());
    }

    @Test
    void shouldKeepErrorsOfUnknownFieldsInFormErrorWhenServerNamesThem() {
        FormState form = signIn();

        form.serverFailure("Invalid request.", Map.of("role", "must be CREATOR or BRAND"));

        assertEquals("must be CREATOR or BRAND", form.formError());
    }

    @Test
    void shouldPassSubmitWhenEveryRuleHolds() {
        FormState form = signIn();
        form.input("email", "ana@example.com");
        form.input("password", "anything");

        assertTrue(form.validateForSubmit());
        assertTrue(form.isValid());
    }

    @Test
    void shouldRestoreValuesWithoutTouchingWhenLoaded() {
        FormState form = signIn();

        form.load("email", "not-an-email");

        assertEquals("not-an-email", form.value("email"));
        assertNull(form.visibleError("email"));
        assertEquals("not-an-email", form.values().get("email"));
    }

    @Test
    void shouldChainChecksWhenValidatorsAreCombined() {
        Validator both = Validator.required("pick one").and(value -> value.length() > 3 ? "too long" : null);

        assertEquals("pick one", both.check(" "));
        assertEquals("too long", both.check("abcd"));
        assertNull(both.check("abc"));
    }

    @Test
    void shouldCapitaliseAndEndSentenceWhenShowingRuleMessage() {
        assertEquals("Is required.", Messages.sentence("is required"));
        assertEquals("Done!", Messages.sentence("Done!"));
    }
}
