package io.inpact.spa;

import io.inpact.spa.js.Dom;
import io.inpact.spa.pages.Page;
import io.inpact.spa.pages.PageFactory;
import io.inpact.spa.pages.system.MessagePage;
import java.util.function.Consumer;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The History API router: deep links render the matching page, back/forward re-render, and clicks on
 * same-origin links are handled without a reload. Guards are the route table's; this class only acts.
 */
public final class Router implements Navigator {

    private static final int MAX_REDIRECTS = 5;

    private final RouteTable<PageFactory> routes;
    private final Session session;
    private final HTMLElement outlet;
    private final Consumer<String> onLocation;
    private Page current;
    private RouteTable.Route<PageFactory> currentRoute;

    public Router(RouteTable<PageFactory> routes, Session session, HTMLElement outlet,
                  Consumer<String> onLocation) {
        this.routes = routes;
        this.session = session;
        this.outlet = outlet;
        this.onLocation = onLocation;
    }

    public void start() {
        Window.current().addEventListener("popstate", (EventListener<Event>) e -> show(0));
        HTMLDocument.current().addEventListener("click", (EventListener<Event>) e -> {
            String target = Dom.internalLinkTarget(e);
            if (target != null) {
                e.preventDefault();
                navigate(target);
            }
        });
        session.listen(this::sessionChanged);
        show(0);
    }

    @Override
    public void navigate(String url) {
        if (!url.equals(Dom.path() + Dom.search())) {
            Dom.pushState(url);
        }
        show(0);
    }

    @Override
    public void replace(String url) {
        Dom.replaceState(url);
        show(0);
    }

    /** After sign-in or sign-out the current page may no longer be allowed; re-render only then. */
    private void sessionChanged() {
        RouteTable.Resolution<PageFactory> resolution = routes.resolve(Dom.path(), Dom.search(), session.role());
        if (resolution.outcome() != RouteTable.Outcome.RENDER || resolution.route() != currentRoute) {
            show(0);
        }
    }

    private void show(int redirects) {
        String path = Dom.path();
        RouteTable.Resolution<PageFactory> resolution = routes.resolve(path, Dom.search(), session.role());
        if (resolution.outcome() == RouteTable.Outcome.REDIRECT && redirects < MAX_REDIRECTS) {
            Dom.replaceState(resolution.redirectTo());
            show(redirects + 1);
            return;
        }
        Page next;
        switch (resolution.outcome()) {
            case RENDER:
                next = resolution.route().factory().create(resolution.params(), resolution.query());
                break;
            case DENIED:
                next = MessagePage.denied();
                break;
            default:
                next = MessagePage.notFound();
                break;
        }
        if (current != null) {
            current.dispose();
        }
        currentRoute = resolution.route();
        current = next;
        outlet.clear();
        next.render(outlet);
        Dom.setTitle(next.title() + " · InPact");
        onLocation.accept(path);
        Dom.focusTop(outlet);
    }
}
