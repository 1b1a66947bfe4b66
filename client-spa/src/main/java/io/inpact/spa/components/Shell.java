package io.inpact.spa.components;

import io.inpact.api.accounts.Role;
import io.inpact.api.accounts.UserView;
import io.inpact.spa.Session;
import io.inpact.spa.js.Dom;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The layout around every page (markup in index.html): brand, navigation that follows who is signed in,
 * the user area with sign-out, and the loading bar.
 */
public final class Shell {

    private final HTMLDocument document = HTMLDocument.current();
    private final Session session;
    private final HTMLElement loadingBar;
    private final HTMLElement navToggle;
    private final HTMLElement header;

    public Shell(Session session, Runnable signOut) {
        this.session = session;
        this.loadingBar = document.getElementById("loading-bar");
        this.navToggle = document.getElementById("nav-toggle");
        this.header = document.getElementById("site-header");
        document.getElementById("signout-button").onClick(e -> signOut.run());
        navToggle.onClick(e -> {
            boolean open = !"true".equals(navToggle.getAttribute("aria-expanded"));
            navToggle.setAttribute("aria-expanded", open ? "true" : "false");
            Dom.toggleClass(header, "nav-open", open);
        });
        session.listen(this::update);
        update();
    }

    /** Shows what fits the viewer: elements marked data-when="guest|user|creator|brand|onboarding". */
    public void update() {
        UserView user = session.user();
        NodeList<? extends HTMLElement> marked = document.querySelectorAll("[data-when]");
        for (int i = 0; i < marked.getLength(); i++) {
            HTMLElement element = marked.get(i);
            element.setHidden(!visible(element.getAttribute("data-when"), user));
        }
        if (user != null) {
            document.getElementById("user-name").setTextContent(user.username());
            document.getElementById("user-initial").setTextContent(initial(user.username()));
            HTMLElement role = document.getElementById("user-role");
            role.setTextContent(user.role() == Role.BRAND ? "Brand" : "Creator");
            role.setAttribute("data-role", user.role().name());
        }
    }

    /** Marks the navigation link of the current section and closes the mobile menu. */
    public void location(String path) {
        NodeList<? extends HTMLElement> links = document.querySelectorAll("#main-nav a[href]");
        for (int i = 0; i < links.getLength(); i++) {
            HTMLElement link = links.get(i);
            String href = link.getAttribute("href");
            boolean current = href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
            if (current) {
                link.setAttribute("aria-current", "page");
            } else {
                link.removeAttribute("aria-current");
            }
        }
        navToggle.setAttribute("aria-expanded", "false");
        Dom.toggleClass(header, "nav-open", false);
    }

    public void loading(int inFlight) {
        Dom.toggleClass(loadingBar, "active", inFlight > 0);
    }

    static boolean visible(String when, UserView user) {
        switch (when) {
            case "guest":
                return user == null;
            case "user":
                return user != null;
            case "creator":
                return user != null && user.role() == Role.CREATOR;
            case "brand":
                return user != null && user.role() == Role.BRAND;
            case "onboarding":
                return user != null && !user.profileComplete();
            default:
                return true;
        }
    }

    private static String initial(String name) {
        return name == null || name.isEmpty() ? "?" : Messages.upperFirst(name.substring(0, 1));
    }
}
