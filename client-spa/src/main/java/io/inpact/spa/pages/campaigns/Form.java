package io.inpact.spa.pages.campaigns;

import io.inpact.spa.components.Html;
import io.inpact.spa.js.Dom;
import java.util.Map;
import java.util.function.Function;
import org.teavm.jso.dom.html.HTMLElement;

/** Field builders and error display for the marketplace's forms. */
final class Form {

    private Form() {
    }

    static HTMLElement input(HTMLElement form, String label, String name, String type, String value) {
        HTMLElement input = Html.input(type, name, "f-" + name);
        input.setAttribute("data-test", "field-" + name);
        if (value != null) {
            Dom.setValue(input, value);
        }
        form.appendChild(Html.field(label, input, name));
        return input;
    }

    static HTMLElement textarea(HTMLElement form, String label, String name, String value) {
        HTMLElement area = Html.el("textarea", null);
        area.setAttribute("name", name);
        area.setAttribute("id", "f-" + name);
        area.setAttribute("rows", "4");
        area.setAttribute("data-test", "field-" + name);
        if (value != null) {
            Dom.setValue(area, value);
        }
        form.appendChild(Html.field(label, area, name));
        return area;
    }

    /** A select of enum names with labels; "" first when optional. */
    static HTMLElement select(HTMLElement form, String label, String name, String[] values, String[] labels,
                              String optional, String selected) {
        HTMLElement select = Html.el("select", null);
        select.setAttribute("name", name);
        select.setAttribute("id", "f-" + name);
        select.setAttribute("data-test", "field-" + name);
        if (optional != null) {
            select.appendChild(option("", optional));
        }
        for (int i = 0; i < values.length; i++) {
            select.appendChild(option(values[i], labels[i]));
        }
        form.appendChild(Html.field(label, select, name));
        if (selected != null) {
            Dom.setValue(select, selected);
        }
        return select;
    }

    /** A select of every constant of an enum, shown by labelOf, valued by name. */
    static <E extends Enum<E>> HTMLElement select(HTMLElement form, String label, String name, E[] values,
                                                  Function<E, String> labelOf, String optional, E selected) {
        String[] names = new String[values.length];
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
            labels[i] = labelOf.apply(values[i]);
        }
        return select(form, label, name, names, labels, optional, selected == null ? null : selected.name());
    }

    private static HTMLElement option(String value, String label) {
        HTMLElement option = Html.text("option", null, label);
        option.setAttribute("value", value);
        return option;
    }

    static HTMLElement button(String text, String test, boolean primary) {
        HTMLElement button = Html.text("button", primary ? "btn btn-primary" : "btn btn-ghost", text);
        button.setAttribute("type", "button");
        button.setAttribute("data-test", test);
        return button;
    }

    /** Shows each field's error next to it (clearing the others) and a summary in the alert. */
    static void errors(HTMLElement form, HTMLElement alert, String message, Map<String, String> fieldErrors) {
        org.teavm.jso.dom.xml.NodeList<? extends HTMLElement> slots = form.querySelectorAll("[data-error-for]");
        for (int i = 0; i < slots.getLength(); i++) {
            HTMLElement slot = slots.get(i);
            String error = fieldErrors.get(slot.getAttribute("data-error-for"));
            slot.setTextContent(error == null ? "" : error);
            slot.setHidden(error == null);
        }
        alert.setTextContent(message == null ? "" : message);
        alert.setHidden(message == null);
    }

    static HTMLElement alert() {
        HTMLElement alert = Html.el("p", "alert alert-error");
        alert.setAttribute("role", "alert");
        alert.setAttribute("data-test", "form-error");
        alert.setHidden(true);
        return alert;
    }

    static String text(HTMLElement input) {
        String value = Dom.value(input);
        return value == null ? "" : value.trim();
    }

    static String optional(HTMLElement input) {
        String value = text(input);
        return value.isEmpty() ? null : value;
    }
}
