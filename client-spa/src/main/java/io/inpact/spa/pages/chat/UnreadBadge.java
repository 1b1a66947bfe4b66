package io.inpact.spa.pages.chat;

import io.inpact.api.chat.UnreadSummary;
import io.inpact.api.chat.UnreadSummaryJson;
import io.inpact.spa.Session;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.js.Timers;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The unread count on the navigation's Messages link, for the whole time someone is signed in: asked
 * at sign-in, every {@link #REFRESH_MILLIS}, and whenever the Messages page read or received something.
 */
public final class UnreadBadge {

    static final String UNREAD_PATH = "/api/chat/unread";
    private static final int REFRESH_MILLIS = 20_000;
    private static UnreadBadge current;

    private final Api api;
    private final Session session;
    private int timer = -1;

    public UnreadBadge(Api api, Session session) {
        this.api = api;
        this.session = session;
    }

    public void start() {
        current = this;
        session.listen(this::refresh);
        refresh();
    }

    /** Asks again now (the Messages page calls this when the count may have changed). */
    static void changed() {
        if (current != null) {
            current.refresh();
        }
    }

    private void refresh() {
        if (timer >= 0) {
            Timers.cancel(timer);
            timer = -1;
        }
        HTMLElement badge = HTMLDocument.current().querySelector("[data-test='nav-unread']");
        if (badge == null) {
            return;
        }
        if (!session.signedIn()) {
            badge.setHidden(true);
            return;
        }
        api.get(UNREAD_PATH, UnreadSummaryJson.CODEC, new Callback<>() {
            @Override
            public void success(UnreadSummary unread) {
                badge.setTextContent(String.valueOf(unread.messages()));
                badge.setHidden(unread.messages() == 0);
                badge.setAttribute("aria-label", unread.messages() + " unread messages");
                schedule();
            }

            @Override
            public void failure(ApiError error) {
                schedule();
            }
        });
    }

    private void schedule() {
        if (session.signedIn()) {
            timer = Timers.later(REFRESH_MILLIS, this::refresh);
        }
    }
}
