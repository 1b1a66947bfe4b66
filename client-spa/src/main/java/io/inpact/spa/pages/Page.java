package io.inpact.spa.pages;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * One screen. It gets what it needs through its constructor, builds its DOM into the outlet in
 * {@link #render}, and in {@link #dispose} releases every listener, timer and request it started.
 */
public interface Page {
    /** The document title while this page shows. */
    String title();

    void render(HTMLElement outlet);

    void dispose();
}
