package io.inpact.spa.components;

import io.inpact.spa.api.ApiError;
import io.inpact.spa.js.Dom;
import java.util.ArrayList;
import java.util.List;
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
    private Runnable onChange = () -> { };

    public FormBinding(HTMLElement form, FormState state, Runnable onSubmit) {
        this.form = form;
        this.state = state;
        this.submitButton = form.querySelector("[type=submit]");
        this.formError = Dom.optionalRef(form, "form-error");
        for (String name : state.names()) {
            bind(name);
        }
        registrations.add(form.onEvent("submit", (EventListener<Event>) e -> {
            e.preventDefault();
            if (state.validateForSubmit()) {
                showAll();
                onSubmit.run();
            } else {
                showAll();
                Dom.focusFirstInvalid(form);
            }
        }));
    }

    /** Runs after every change the user makes (for drafts and live summaries). */
    public FormBinding onChange(Runnable listener) {
        this.onChange = listener;
        return this;
    }

    /** Binds a control added after construction (a new row of a list). */
    public void bind(String name) {
        HTMLElement control = Dom.named(form, name);
        if (control == null) {
            return;
        }
        Dom.setValue(control, state.value(name));
        registrations.add(control.onEvent("input", (EventListener<Event>) e -> changed(name, control)));
        registrations.add(control.onEvent("change", (EventListener<Event>) e -> changed(name, control)));
        registrations.add(control.onEvent("blur", (EventListener<Event>) e -> {
            state.touch(name);
            show(name);
        }));
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

    public void showAll() {
        for (String name : state.names()) {
            show(name);
        }
        if (formError != null) {
            String message = state.formError();
            formError.setTextContent(message == null ? "" : message);
            formError.setHidden(message == null);
        }
    }

    public void dispose() {
        for (Registration registration : registrations) {
            registration.dispose();
        }
        registrations.clear();
    }

    private void changed(String name, HTMLElement control) {
        state.input(name, Dom.value(control));
        show(name);
        if (formError != null) {
            formError.setHidden(true);
        }
        onChange.run();
    }

    private void show(String name) {
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
        }
    }
}
