package io.inpact.spa.pages.campaigns;

import io.inpact.api.common.Page;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Html;
import java.util.function.Function;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Fills a container with one element per item of the page that arrives: a note when the page is empty,
 * the error when the request failed. {@code tag} is the element of those two ({@code li} inside a list).
 */
final class Rows<T> implements Callback<Page<T>> {

    private final HTMLElement container;
    private final String tag;
    private final String empty;
    private final Function<T, HTMLElement> element;

    private Rows(HTMLElement container, String tag, String empty, Function<T, HTMLElement> element) {
        this.container = container;
        this.tag = tag;
        this.empty = empty;
        this.element = element;
    }

    /** Into a {@code ul} or {@code ol}. */
    static <T> Rows<T> list(HTMLElement list, String empty, Function<T, HTMLElement> row) {
        return new Rows<>(list, "li", empty, row);
    }

    /** Into a section or a grid. */
    static <T> Rows<T> blocks(HTMLElement container, String empty, Function<T, HTMLElement> block) {
        return new Rows<>(container, "p", empty, block);
    }

    @Override
    public void success(Page<T> page) {
        if (page.items().isEmpty() && empty != null) {
            container.appendChild(Html.text(tag, "muted", empty));
        }
        for (T item : page.items()) {
            container.appendChild(element.apply(item));
        }
    }

    @Override
    public void failure(ApiError error) {
        container.appendChild(Html.text(tag, "alert alert-error", error.message()));
    }
}
