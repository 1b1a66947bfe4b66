package io.inpact.spa.components;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Builds the few elements that come from data (chips, rows, facts) rather than from index.html. */
public final class Html {

    private Html() {
    }

    public static HTMLElement el(String tag, String className) {
        HTMLElement element = HTMLDocument.current().createElement(tag);
        if (className != null) {
            element.setClassName(className);
        }
        return element;
    }

    public static HTMLElement text(String tag, String className, String text) {
        HTMLElement element = el(tag, className);
        element.setTextContent(text);
        return element;
    }

    public static HTMLElement input(String type, String name, String id) {
        HTMLElement input = el("input", null);
        input.setAttribute("type", type);
        input.setAttribute("name", name);
        input.setAttribute("id", id);
        return input;
    }

    public static HTMLElement errorSlot(String field) {
        HTMLElement slot = el("p", "field-error");
        slot.setAttribute("data-error-for", field);
        slot.setHidden(true);
        return slot;
    }

    /** A labelled field: label, control, error slot. */
    public static HTMLElement field(String label, HTMLElement control, String name) {
        HTMLElement field = el("div", "field");
        HTMLElement labelElement = text("label", null, label);
        labelElement.setAttribute("for", control.getAttribute("id"));
        field.appendChild(labelElement);
        field.appendChild(control);
        field.appendChild(errorSlot(name));
        return field;
    }

    /** A toggle chip: a checkbox styled as a pill. */
    public static HTMLElement chip(String name, String value, String id, String label) {
        HTMLElement chip = el("label", "chip");
        HTMLElement box = input("checkbox", name, id);
        box.setAttribute("value", value);
        chip.appendChild(box);
        chip.appendChild(text("span", null, label));
        return chip;
    }

    /** One fact in a definition list. */
    public static void fact(HTMLElement list, String term, String value, String test) {
        HTMLElement wrap = el("div", null);
        wrap.appendChild(text("dt", null, term));
        HTMLElement dd = text("dd", value == null || value.isEmpty() ? "empty" : null,
                value == null || value.isEmpty() ? "Not given" : value);
        if (test != null) {
            dd.setAttribute("data-test", test);
        }
        wrap.appendChild(dd);
        list.appendChild(wrap);
    }
}
