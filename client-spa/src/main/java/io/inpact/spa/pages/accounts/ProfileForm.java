package io.inpact.spa.pages.accounts;

import io.inpact.spa.api.Api;
import io.inpact.spa.api.Call;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.FormBinding;
import io.inpact.spa.components.FormState;
import io.inpact.spa.js.Dom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The editable profile of one role as a form: its fields and checks (the shared rules), its steps for the
 * onboarding wizard, and the conversions between the form and the shared-model records.
 */
abstract class ProfileForm {

    /** One step of the wizard: a fieldset of the form and the fields it holds. */
    record Step(String title, HTMLElement fieldset, List<String> fields) {
    }

    protected final FormState state = new FormState();
    protected final HTMLElement form;
    protected final List<Step> steps = new ArrayList<>();
    /** Set by {@link #attach}, before anything is loaded or synced. */
    protected FormBinding binding;

    /** @param template the id of the form's {@code <template>} in index.html */
    ProfileForm(String template) {
        form = Dom.template(template);
    }

    HTMLElement form() {
        return form;
    }

    FormState state() {
        return state;
    }

    List<Step> steps() {
        return steps;
    }

    /** Takes the binding once it exists; from then on {@link #changed} hears of every edit. */
    void attach(FormBinding binding) {
        this.binding = binding;
        binding.onChange(this::changed);
    }

    /** An edit of the named control: wires what the binding does not know of (chips, live sums). */
    abstract void changed(String name);

    /** Brings the controls in line with the state after values were loaded (saved profile or draft). */
    abstract void sync();

    /** Loads the saved profile into the state. */
    abstract Call load(Api api, Callback<Void> callback);

    /** Sends the profile; field errors come back under this form's field names. */
    abstract Call save(Api api, Callback<Void> callback);

    /** The shared rules' verdict on the whole profile, under this form's field names; empty when fine. */
    abstract Map<String, String> check();

    /** Writes a read-only summary of what would be saved. */
    abstract void review(HTMLElement container);
}
