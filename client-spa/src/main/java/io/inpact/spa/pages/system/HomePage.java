package io.inpact.spa.pages.system;

import io.inpact.api.common.ComponentHealth;
import io.inpact.api.common.SystemInfo;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Call;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.js.Dom;
import io.inpact.spa.js.Timers;
import io.inpact.spa.pages.Page;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The landing page, with the live state of the backend: its version and the health of each part. */
public final class HomePage implements Page {

    private static final int REFRESH_MILLIS = 30_000;

    private final Api api;
    private final Disposer disposer = new Disposer();
    private HTMLElement root;
    private Call inFlight;
    private int timer = -1;
    private int checks;

    public HomePage(Api api) {
        this.api = api;
    }

    @Override
    public String title() {
        return "Home";
    }

    @Override
    public void render(HTMLElement outlet) {
        root = Dom.template("tpl-home");
        outlet.appendChild(root);
        disposer.add(Dom.ref(root, "refresh").onClick(e -> load()));
        disposer.onDispose(() -> {
            if (inFlight != null) {
                inFlight.cancel();
            }
            if (timer >= 0) {
                Timers.cancel(timer);
            }
        });
        load();
    }

    private void load() {
        if (inFlight != null) {
            inFlight.cancel();
        }
        if (timer >= 0) {
            Timers.cancel(timer);
        }
        HTMLElement button = Dom.ref(root, "refresh");
        Dom.busy(button, true);
        inFlight = api.systemInfo(new Callback<>() {
                    @Override
                    public void success(SystemInfo info) {
                        done(button);
                        show(info);
                    }

                    @Override
                    public void failure(ApiError error) {
                        done(button);
                        HTMLElement alert = Dom.ref(root, "error");
                        alert.setTextContent(error.message());
                        alert.setHidden(false);
                        state(Dom.ref(root, "overall"), ComponentHealth.DOWN, "Unreachable");
                    }
                });
    }

    private void done(HTMLElement button) {
        inFlight = null;
        Dom.busy(button, false);
        timer = Timers.later(REFRESH_MILLIS, this::load);
    }

    private void show(SystemInfo info) {
        Dom.ref(root, "error").setHidden(true);
        Dom.ref(root, "version").setTextContent(info.version());
        state(Dom.ref(root, "overall"), info.status(), ComponentHealth.UP.equals(info.status())
                ? "All systems go" : "Degraded");
        HTMLElement list = Dom.ref(root, "list");
        HTMLElement placeholder = Dom.optionalRef(root, "placeholder");
        if (placeholder != null) {
            list.removeChild(placeholder);
        }
        for (ComponentHealth component : info.components()) {
            String test = "health-" + testName(component.name());
            HTMLElement row = list.querySelector("[data-test=\"" + test + "\"]");
            if (row == null) {
                row = element("div");
                row.setAttribute("data-test", test);
                row.appendChild(element("dt")).setTextContent(label(component.name()));
                row.appendChild(element("dd")).appendChild(element("span"));
                list.appendChild(row);
            }
            HTMLElement status = row.querySelector("dd > span");
            state(status, component.status(), component.isUp()
                    ? "Up · " + component.latencyMillis() + " ms"
                    : "Down" + (component.detail() == null ? "" : " · " + component.detail()));
        }
        checks++;
        Dom.ref(root, "checked").setTextContent("Checked live from the server"
                + (checks > 1 ? " · refreshed " + checks + " times" : "") + "; refreshes every 30 seconds.");
    }

    private static void state(HTMLElement element, String status, String text) {
        element.setClassName("status");
        element.setAttribute("data-state", status);
        element.setTextContent(text);
    }

    private static HTMLElement element(String tag) {
        return HTMLDocument.current().createElement(tag);
    }

    /** Stable selectors for the browser tests: health-postgres, health-redis. */
    static String testName(String name) {
        return "postgresql".equals(name) ? "postgres" : name;
    }

    static String label(String name) {
        switch (name) {
            case "postgresql":
                return "PostgreSQL";
            case "redis":
                return "Redis";
            default:
                return name;
        }
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
