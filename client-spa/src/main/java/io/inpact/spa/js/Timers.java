package io.inpact.spa.js;

import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.browser.Window;

/** Timeouts that a page can cancel in dispose(). */
public final class Timers {

    private Timers() {
    }

    public static int later(int millis, TimerHandler handler) {
        return Window.setTimeout(handler, millis);
    }

    public static void cancel(int id) {
        Window.clearTimeout(id);
    }
}
