package io.inpact.spa.pages.system;

import io.inpact.spa.js.Dom;
import io.inpact.spa.pages.Page;
import org.teavm.jso.dom.html.HTMLElement;

/** A page that only says something: nothing at this address, or not for your role. */
public final class MessagePage implements Page {

    private final String title;
    private final String text;
    private final String test;

    private MessagePage(String title, String text, String test) {
        this.title = title;
        this.text = text;
        this.test = test;
    }

    public static MessagePage notFound() {
        return new MessagePage("Page not found", "There is nothing at this address. It may have moved, or the link "
                + "may be mistyped.", "not-found");
    }

    public static MessagePage denied() {
        return new MessagePage("Not available", "This page is for the other kind of account: creators and brands "
                + "each have their own tools.", "denied");
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public void render(HTMLElement outlet) {
        HTMLElement root = Dom.template("tpl-message");
        root.setAttribute("data-test", test);
        Dom.ref(root, "title").setTextContent(title);
        Dom.ref(root, "text").setTextContent(text);
        outlet.appendChild(root);
    }

    @Override
    public void dispose() {
        // static content: nothing to release
    }
}
