package io.inpact.spa.pages.accounts;

import io.inpact.spa.api.Api;
import io.inpact.spa.api.Call;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.FormBinding;
import io.inpact.spa.components.FormState;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The editable profile of one role as a form: its fields and checks (the shared rules), its steps for the
 * onboarding wizard, and the conversions between the form and the shared-model records.
 */
interface ProfileForm {

    /** One step of the wizard: a fieldset of the form and the fields it holds. */
    record Step(String title, HTMLElement fieldset, List<String> fields) {
    }

    HTMLElement form();

    FormState state();

    List<Step> steps();

    /** Wires what the binding does not know of (chips, live sums); called once the binding exists. */
    void attach(FormBinding binding);

    /** Brings the controls in line with the state after values were loaded (saved profile or draft). */
    void sync();

    /** Loads the saved profile into the state. */
    Call load(Api api, Callback<Void> callback);

    /** Sends the profile; field errors come back under this form's field names. */
    Call save(Api api, Callback<Void> callback);

    /** The shared rules' verdict on the whole profile, under this form's field names; empty when fine. */
    Map<String, String> check();

    /** Writes a read-only summary of what would be saved. */
    void review(HTMLElement container);

}
