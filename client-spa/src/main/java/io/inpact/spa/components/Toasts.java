package io.inpact.spa.components;

import io.inpact.spa.js.Timers;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Short-lived notices in the corner ("Profile saved", "Signed out"), read out by screen readers. */
public final class Toasts {

    private static final int SHOW_MILLIS = 4500;

    private final HTMLElement region = HTMLDocument.current().getElementById("toasts");

    public void success(String text) {
        show(text, "success");
    }

    public void error(String text) {
        show(text, "error");
    }

    private void show(String text, String kind) {
        HTMLElement toast = HTMLDocument.current().createElement("div");
        toast.setClassName("toast toast-" + kind);
        toast.setAttribute("data-test", "toast");
        toast.setAttribute("role", kind.equals("error") ? "alert" : "status");
        toast.setTextContent(text);
        region.appendChild(toast);
        Timers.later(SHOW_MILLIS, () -> {
            if (toast.getParentNode() != null) {
                region.removeChild(toast);
            }
        });
    }
}
