package io.inpact.spa.components;

import io.inpact.spa.api.ApiError;
import io.inpact.spa.js.Dom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.Registration;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Connects a {@code <form>} to a {@link FormState}: every control whose {@code name} is a field of the
 * state is validated as the user types, its message shows in the element marked
 * {@code data-error-for="name"}, and the server's field errors land in the same places.
 */
public final class FormBinding {

    private final HTMLElement form;
    private final FormState state;
    private final List<Registration> registrations = new ArrayList<>();
    private final HTMLElement submitButton;
    private final HTMLElement formError;
    private final List<Consumer<String>> changeListeners = new ArrayList<>();
    private Runnable onInvalid = () -> { };

    public FormBinding(HTMLElement form, FormState state, Runnable onSubmit) {
        this.form = form;
        this.state = state;
        this.submitButton = form.querySelector("[type=submit]");
        this.formError = Dom.optionalRef(form, "form-error");
        for (String name : state.names()) {
            bind(name);
        }
        registrations.add(form.onEvent("input", (EventListener<Event>) this::changed));
        registrations.add(form.onEvent("change", (EventListener<Event>) this::changed));
        registrations.add(form.onEvent("focusout", (EventListener<Event>) e -> {
            String name = Dom.targetName(e);
            if (name != null && state.has(name)) {
                state.touch(name);
                show(name);
            }
        }));
        registrations.add(form.onEvent("submit", (EventListener<Event>) e -> {
            e.preventDefault();
            if (state.validateForSubmit()) {
                showAll();
                onSubmit.run();
            } else {
                showAll();
                onInvalid.run();
                Dom.focusFirstInvalid(form);
            }
        }));
    }

    /** Hears the name of every control the user changes, fields of the state or not (drafts, chips, sums). */
    public FormBinding onChange(Consumer<String> listener) {
        changeListeners.add(listener);
        return this;
    }

    /** Runs when a submit is refused or the server rejects fields (e.g. to show the step holding them). */
    public FormBinding onInvalid(Runnable listener) {
        this.onInvalid = listener;
        return this;
    }

    private void fireChange(String name) {
        for (Consumer<String> listener : changeListeners) {
            listener.accept(name);
        }
    }

    /** Puts the state's value of a field into its control (controls may be added after construction). */
    public void bind(String name) {
        HTMLElement control = Dom.named(form, name);
        if (control != null) {
            Dom.setValue(control, state.value(name));
        }
    }

    /** Sets a field the page computes (a sum, a list of chosen chips) as if the user had changed it. */
    public void set(String name, String value) {
        state.input(name, value);
        show(name);
    }

    /** Validates only these fields (one wizard step), showing their errors; true when they all pass. */
    public boolean validate(Iterable<String> names) {
        boolean valid = state.validate(names);
        for (String name : names) {
            show(name);
        }
        if (!valid) {
            Dom.focusFirstInvalid(form);
        }
        return valid;
    }

    /** Shows the button as working and blocks a second submit while the request runs. */
    public void busy(boolean on) {
        if (submitButton != null) {
            Dom.busy(submitButton, on);
        }
        Dom.toggleClass(form, "is-busy", on);
    }

    /** Puts a failed response's messages next to their fields, the rest above the button. */
    public void failed(ApiError error) {
        busy(false);
        state.serverFailure(error.message(), error.fieldErrors());
        showAll();
        onInvalid.run();
        Dom.focusFirstInvalid(form);
    }

    /** Re-reads the state into the controls (after loading saved data). */
    public void refresh() {
        for (String name : state.names()) {
            HTMLElement control = Dom.named(form, name);
            if (control != null) {
                Dom.setValue(control, state.value(name));
            }
        }
        showAll();
    }

    public void show(String name) {
        String message = state.visibleError(name);
        HTMLElement control = Dom.named(form, name);
        if (control != null) {
            if (message != null) {
                control.setAttribute("aria-invalid", "true");
            } else {
                control.removeAttribute("aria-invalid");
            }
        }
        HTMLElement slot = Dom.errorSlot(form, name);
        if (slot != null) {
            slot.setTextContent(message == null ? "" : Messages.sentence(message));
            slot.setHidden(message == null);
            if (control != null) {
                if (slot.getId() == null || slot.getId().isEmpty()) {
                    slot.setId("error-" + name);
                }
                if (message != null) {
                    control.setAttribute("aria-describedby", slot.getId());
                } else {
                    control.removeAttribute("aria-describedby");
                }
            }
        }
    }

    public void showAll() {
        for (String name : state.names()) {
            show(name);
        }
        if (formError != null) {
            String message = state.formError();
            formError.setTextContent(message == null ? "" : Messages.sentence(message));
            formError.setHidden(message == null);
        }
    }

    public void dispose() {
        for (Registration registration : registrations) {
            registration.dispose();
        }
        registrations.clear();
    }

    private void changed(Event e) {
        String name = Dom.targetName(e);
        if (name == null || !state.has(name)) {
            fireChange(name);
            return;
        }
        state.input(name, Dom.value(Dom.target(e)));
        show(name);
        if (formError != null) {
            formError.setHidden(true);
        }
        fireChange(name);
    }
}
