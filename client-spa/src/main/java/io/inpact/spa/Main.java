package io.inpact.spa;

import org.teavm.jso.browser.Window;

public final class Main {
    public static void main(String[] args) {
        Window.current().getDocument().getBody().setTextContent("InPact");
    }
}
