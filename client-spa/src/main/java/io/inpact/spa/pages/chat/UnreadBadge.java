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
 * at sign-in, every {@link #REFRESH_MILLIS}, and whenever the chat connection received a message or a read.
 */
public final class UnreadBadge {

    static final String UNREAD_PATH = "/api/chat/unread";
    private static final int REFRESH_MILLIS = 20_000;
    private static UnreadBadge current;

    private final Api api;
    private final Session session;
    private static final int SOON_MILLIS = 250;
    private int timer = -1;
    private int soon = -1;

    public UnreadBadge(Api api, Session session) {
        this.api = api;
        this.session = session;
    }

    public void start() {
        current = this;
        session.listen(this::refresh);
        refresh();
    }

    /** Asks again shortly (the chat connection calls this when the count may have changed); bursts ask once. */
    static void changed() {
        if (current != null && current.soon < 0) {
            current.soon = Timers.later(SOON_MILLIS, () -> {
                current.soon = -1;
                current.refresh();
            });
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
