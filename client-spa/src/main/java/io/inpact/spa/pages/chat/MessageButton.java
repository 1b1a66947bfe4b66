package io.inpact.spa.pages.chat;

import io.inpact.spa.RouteTable;
import io.inpact.spa.Session;
import io.inpact.spa.UrlCodec;
import io.inpact.spa.components.Html;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * "Message &lt;name&gt;": the way into the one conversation with another user, from a profile, a match, an
 * application or a deal. The Messages page opens that conversation, or starts it. Never offered for
 * oneself; a signed-out user is sent through sign-in first.
 */
public final class MessageButton {

    private MessageButton() {
    }

    /** Appends the button to parent unless userId is the signed-in user. */
    public static void appendTo(HTMLElement parent, Session session, String userId, String name) {
        String me = session.user() == null ? null : session.user().id();
        String href = href(me, userId);
        if (href == null) {
            return;
        }
        String label = label(name);
        HTMLElement link = Html.text("a", "btn btn-secondary btn-small message-button", label);
        link.setAttribute("href", href);
        link.setAttribute("data-test", "message-user");
        link.setAttribute("data-user", userId);
        parent.appendChild(link);
    }

    /**
     * Where the button leads: the conversation with {@code userId}; for a signed-out user ({@code me} null)
     * sign-in, coming back there; null when there is nobody else to write to.
     */
    static String href(String me, String userId) {
        if (userId == null || userId.isEmpty() || userId.equals(me)) {
            return null;
        }
        String conversation = "/messages?with=" + UrlCodec.encode(userId);
        return me == null ? RouteTable.SIGN_IN + "?next=" + UrlCodec.encode(conversation) : conversation;
    }

    static String label(String name) {
        return name == null || name.trim().isEmpty() ? "Message" : "Message " + name.trim();
    }
}
