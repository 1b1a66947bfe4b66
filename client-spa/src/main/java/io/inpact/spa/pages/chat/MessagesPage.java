package io.inpact.spa.pages.chat;

import io.inpact.api.chat.ChatFrames;
import io.inpact.api.chat.ChatRules;
import io.inpact.api.chat.ClientFrame;
import io.inpact.api.chat.ClientFrameJson;
import io.inpact.api.chat.ConversationView;
import io.inpact.api.chat.ErrorFrame;
import io.inpact.api.chat.ErrorFrameJson;
import io.inpact.api.chat.MessageFrameJson;
import io.inpact.api.chat.MessageHistory;
import io.inpact.api.chat.MessageStatus;
import io.inpact.api.chat.MessageView;
import io.inpact.api.chat.ParticipantView;
import io.inpact.api.chat.PresenceFrame;
import io.inpact.api.chat.PresenceFrameJson;
import io.inpact.api.chat.ReadFrameJson;
import io.inpact.api.chat.StatusFrame;
import io.inpact.api.chat.StatusFrameJson;
import io.inpact.api.chat.TypingFrame;
import io.inpact.api.chat.TypingFrameJson;
import io.inpact.api.common.Page;
import io.inpact.spa.Navigator;
import io.inpact.spa.Session;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.Html;
import io.inpact.spa.components.Toasts;
import io.inpact.spa.js.ChatJs;
import io.inpact.spa.js.Dom;
import io.inpact.spa.js.Timers;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages: the conversation list (newest first, previews, unread badges, presence dots, "typing…" in place
 * of the preview while the other side of a conversation that is not open types, see {@link TypingInList})
 * and the open thread (day separators, status ticks, typing indicator, composer); people are named by their
 * display names. Scrolling to the top of the thread loads the next older page, keeping the message in view
 * where it was (a button does the same from the keyboard). A sent message shows at once as "sending" and
 * turns into the stored one when the server confirms it; sends made while the socket is down go out, with
 * the same client id, once it is back. Live over the tab's {@link ChatConnection}; after every
 * (re)connection the page fetches what it missed through REST.
 */
public final class MessagesPage implements io.inpact.spa.pages.Page {

    private static final int TYPING_SHOWN_MILLIS = 4_000;
    private static final int BACK_ONLINE_SHOWN_MILLIS = 3_000;
    private static final int TYPING_EVERY_MILLIS = 2_000;
    /** How close to the top (px) scrolling starts loading older messages, and to the end it counts as "at the end". */
    private static final int NEAR_EDGE = 80;

    private final ChatApi chat;
    private final Session session;
    private final Navigator navigator;
    private final Toasts toasts;
    private final Disposer disposer = new Disposer();
    private final ChatConnection live;
    private final List<ConversationView> conversations = new ArrayList<>();
    private final MessageThread thread = new MessageThread();
    private final TypingInList typingInList = new TypingInList(TYPING_SHOWN_MILLIS);
    private final String startWith;
    private String openId;
    private HTMLElement root;
    private HTMLElement messages;
    private int typingTimer = -1;
    private int listTypingTimer = -1;
    private int onlineTimer = -1;
    private boolean everConnected;
    private boolean shownOffline;
    private boolean loaded;
    private long lastTypingSent;

    /**
     * @param conversationId the conversation to open, or null
     * @param with           a user to open (or start) the conversation with, or null
     */
    public MessagesPage(Api api, ChatConnection live, Session session, Navigator navigator, Toasts toasts,
                        String conversationId, String with) {
        this.chat = new ChatApi(api);
        this.live = live;
        this.session = session;
        this.navigator = navigator;
        this.toasts = toasts;
        this.openId = conversationId;
        this.startWith = with;
    }

    @Override
    public String title() {
        return "Messages";
    }

    @Override
    public void render(HTMLElement outlet) {
        root = Dom.template("tpl-messages");
        outlet.appendChild(root);
        disposer.add(Dom.ref(root, "composer").onEvent("submit", (EventListener<Event>) e -> {
            e.preventDefault();
            sendComposed();
        }));
        disposer.add(Dom.ref(root, "text").onEvent("input", (EventListener<Event>) e -> typed()));
        messages = Dom.ref(root, "messages");
        disposer.add(Dom.ref(root, "older").onClick(e -> loadOlder()));
        disposer.add(messages.onEvent("scroll", (EventListener<Event>) e -> scrolled()));
        disposer.add(HTMLDocument.current().onEvent("visibilitychange", (EventListener<Event>) e -> markRead()));
        disposer.onDispose(() -> {
            if (typingTimer >= 0) {
                Timers.cancel(typingTimer);
            }
            if (listTypingTimer >= 0) {
                Timers.cancel(listTypingTimer);
            }
            if (onlineTimer >= 0) {
                Timers.cancel(onlineTimer);
            }
        });
        Dom.ref(root, "thread").setHidden(openId == null);
        if (startWith != null) {
            disposer.add(chat.open(startWith, new Callback<>() {
                @Override
                public void success(ConversationView conversation) {
                    navigator.replace("/messages/" + conversation.id());
                }

                @Override
                public void failure(ApiError error) {
                    toasts.error(error.message());
                }
            }));
            return;
        }
        disposer.onDispose(live.listen(new LiveChat.Listener() {
            @Override
            public void frame(String type, String json) {
                onFrame(type, json);
            }

            @Override
            public void connected(boolean connected) {
                showConnection(connected);
                if (!connected && !loaded) {
                    resync();
                }
            }
        }));
        if (live.failing()) {
            showConnection(false);
        }
        if (live.isOpen() || live.failing()) {
            resync();
        }
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }

    // ---- live events -----------------------------------------------------------------------------

    private void onFrame(String type, String json) {
        switch (type) {
            case ChatFrames.RESYNC -> resync();
            case ChatFrames.MESSAGE -> received(MessageFrameJson.CODEC.fromJson(json).message());
            case ChatFrames.STATUS -> status(StatusFrameJson.CODEC.fromJson(json));
            case ChatFrames.TYPING -> typing(TypingFrameJson.CODEC.fromJson(json));
            case ChatFrames.PRESENCE -> presence(PresenceFrameJson.CODEC.fromJson(json));
            case ChatFrames.READ -> read(ReadFrameJson.CODEC.fromJson(json).conversationId());
            case ChatFrames.ERROR -> refused(ErrorFrameJson.CODEC.fromJson(json));
            default -> {
            }
        }
    }

    /**
     * Live from now on (or the socket is down and the page shows what REST has): fetch the list and the
     * open thread again, and send what waited for the socket.
     */
    private void resync() {
        loaded = true;
        loadConversations();
        if (openId != null) {
            loadNewest();
        }
        for (MessageView waiting : thread.unconfirmed()) {
            live.send(ClientFrameJson.CODEC.toJson(ClientFrame.send(waiting.clientId(), waiting.conversationId(),
                    waiting.text())));
        }
    }

    private void received(MessageView message) {
        String me = me();
        boolean stoppedTyping = typingInList.messaged(message.conversationId(), message.senderId());
        ConversationView known = conversation(message.conversationId());
        if (known == null) {
            loadConversations();
        } else {
            boolean unread = !message.senderId().equals(me) && !message.conversationId().equals(openId);
            boolean newest = known.lastMessage() == null || known.lastMessage().seq() < message.seq();
            replaceConversation(new ConversationView(known.id(), known.other(), newest ? message : known.lastMessage(),
                    unread ? known.unreadCount() + 1 : known.unreadCount(), known.createdAt()), true);
        }
        if (stoppedTyping) {
            scheduleListTyping();
        }
        if (message.conversationId().equals(openId)) {
            boolean follow = message.senderId().equals(me) || atEnd();
            thread.received(message);
            renderThread(follow);
            if (!message.senderId().equals(me)) {
                hideTyping();
                markRead();
            }
        }
    }

    private void status(StatusFrame frame) {
        boolean changed = false;
        if (frame.upToSeq() != null && frame.conversationId().equals(openId)) {
            changed = thread.statusUpTo(me(), frame.upToSeq(), frame.status());
        }
        for (String messageId : frame.covered()) {
            changed |= thread.status(messageId, frame.status());
        }
        if (changed) {
            renderThread(false);
        }
    }

    private void typing(TypingFrame frame) {
        if (!frame.conversationId().equals(openId)) {
            typingInList.typing(frame.conversationId(), frame.userId(), System.currentTimeMillis());
            renderList();
            scheduleListTyping();
            return;
        }
        HTMLElement typing = Dom.ref(root, "typing");
        ConversationView open = conversation(openId);
        typing.setTextContent((open == null ? "Someone" : open.other().displayName()) + " is typing…");
        typing.setHidden(false);
        if (typingTimer >= 0) {
            Timers.cancel(typingTimer);
        }
        typingTimer = Timers.later(TYPING_SHOWN_MILLIS, this::hideTyping);
    }

    private void hideTyping() {
        typingTimer = -1;
        Dom.ref(root, "typing").setHidden(true);
    }

    /** One timer, for whichever "typing…" in the list ends next; at it the list shows the preview again. */
    private void scheduleListTyping() {
        if (listTypingTimer >= 0) {
            Timers.cancel(listTypingTimer);
            listTypingTimer = -1;
        }
        long next = typingInList.nextExpiry(System.currentTimeMillis());
        if (next < 0) {
            return;
        }
        listTypingTimer = Timers.later((int) next + 1, () -> {
            listTypingTimer = -1;
            if (typingInList.expire(System.currentTimeMillis())) {
                renderList();
            }
            scheduleListTyping();
        });
    }

    private void presence(PresenceFrame frame) {
        for (ConversationView c : new ArrayList<>(conversations)) {
            if (c.other().id().equals(frame.userId())) {
                ParticipantView o = c.other();
                replaceConversation(new ConversationView(c.id(), new ParticipantView(o.id(), o.username(), o.displayName(),
                        o.role(), frame.online(), frame.online() ? o.lastSeen() : ChatJs.now()), c.lastMessage(), c.unreadCount(),
                        c.createdAt()), false);
            }
        }
        renderHead();
    }

    private void read(String conversationId) {
        ConversationView c = conversation(conversationId);
        if (c != null && c.unreadCount() > 0) {
            replaceConversation(new ConversationView(c.id(), c.other(), c.lastMessage(), 0, c.createdAt()), false);
        }
    }

    private void refused(ErrorFrame error) {
        if (error.clientId() != null) {
            thread.refused(error.clientId());
            renderThread(false);
        }
        toasts.error(error.message());
    }

    private void showConnection(boolean connected) {
        HTMLElement state = Dom.ref(root, "connection");
        Dom.toggleClass(state, "offline", !connected);
        if (!connected) {
            state.setTextContent(everConnected ? "Connection lost — reconnecting…" : "Cannot reach the chat — retrying…");
            state.setHidden(false);
            shownOffline = true;
            if (onlineTimer >= 0) {
                Timers.cancel(onlineTimer);
                onlineTimer = -1;
            }
        } else if (shownOffline) {
            shownOffline = false;
            state.setTextContent("Back online");
            state.setHidden(false);
            if (onlineTimer >= 0) {
                Timers.cancel(onlineTimer);
            }
            onlineTimer = Timers.later(BACK_ONLINE_SHOWN_MILLIS, () -> {
                onlineTimer = -1;
                state.setHidden(true);
            });
        }
        everConnected = everConnected || connected;
    }

    // ---- REST ------------------------------------------------------------------------------------

    private void loadConversations() {
        disposer.add(chat.conversations(new Callback<>() {
            @Override
            public void success(Page<ConversationView> page) {
                conversations.clear();
                conversations.addAll(page.items());
                renderList();
                if (openId != null) {
                    renderHead();
                    // the open thread's history may have come first, when there was no conversation to mark read yet
                    ConversationView open = conversation(openId);
                    if (open != null && open.unreadCount() > 0) {
                        markRead();
                    }
                }
            }

            @Override
            public void failure(ApiError error) {
                toasts.error(error.message());
            }
        }));
    }

    private void loadNewest() {
        String conversationId = openId;
        disposer.add(chat.history(conversationId, null, new Callback<>() {
            @Override
            public void success(MessageHistory history) {
                if (!conversationId.equals(openId)) {
                    return;
                }
                boolean first = thread.isEmpty();
                boolean follow = first || atEnd();
                thread.newest(history);
                renderThread(follow);
                if (first) {
                    fillViewport();
                }
                markRead();
            }

            @Override
            public void failure(ApiError error) {
                toasts.error(error.message());
            }
        }));
    }

    /** Near the top of the thread: the next older page, unless one is on its way or none is left. */
    private void scrolled() {
        if (messages.getScrollTop() < NEAR_EDGE) {
            loadOlder();
        }
    }

    /** A first page too short to scroll cannot be scrolled to its top: load older pages until it can. */
    private void fillViewport() {
        if (messages.getClientHeight() > 0 && messages.getScrollHeight() <= messages.getClientHeight()) {
            loadOlder();
        }
    }

    private void loadOlder() {
        String before = openId == null ? null : thread.startOlder();
        if (before == null) {
            return;
        }
        HTMLElement button = Dom.ref(root, "older");
        boolean fromKeyboard = ChatJs.focused(button);
        Dom.busy(button, true);
        renderThread(false);
        String conversationId = openId;
        disposer.add(chat.history(conversationId, before, new Callback<>() {
            @Override
            public void success(MessageHistory history) {
                Dom.busy(button, false);
                if (!conversationId.equals(openId)) {
                    return;
                }
                thread.older(history);
                renderThread(false);
                if (fromKeyboard) {
                    (thread.hasOlder() ? button : messages).focus();
                }
                fillViewport();
            }

            @Override
            public void failure(ApiError error) {
                Dom.busy(button, false);
                thread.olderFailed();
                renderThread(false);
                toasts.error(error.message());
            }
        }));
    }

    private void markRead() {
        ConversationView open = openId == null ? null : conversation(openId);
        if (open == null || !ChatJs.visible()) {
            return;
        }
        disposer.add(chat.markRead(open.id(), new Callback<>() {
            @Override
            public void success(Void value) {
                read(open.id());
                UnreadBadge.changed();
            }

            @Override
            public void failure(ApiError error) {
                toasts.error(error.message());
            }
        }));
    }

    // ---- composer --------------------------------------------------------------------------------

    /** Tells the other side at most every {@link #TYPING_EVERY_MILLIS} while the user types. */
    private void typed() {
        long now = System.currentTimeMillis();
        if (openId != null && now - lastTypingSent > TYPING_EVERY_MILLIS) {
            lastTypingSent = now;
            live.send(ClientFrameJson.CODEC.toJson(ClientFrame.typing(openId)));
        }
    }

    private void sendComposed() {
        HTMLElement input = Dom.ref(root, "text");
        String text = Dom.value(input);
        String problem = ChatRules.text(text);
        if (problem != null || openId == null) {
            return;
        }
        String clientId = ChatJs.randomId();
        thread.sending(clientId, openId, me(), text);
        Dom.setValue(input, "");
        renderThread(true);
        live.send(ClientFrameJson.CODEC.toJson(ClientFrame.send(clientId, openId, text)));
    }

    // ---- rendering -------------------------------------------------------------------------------

    private void renderList() {
        HTMLElement list = Dom.ref(root, "list");
        list.setInnerHTML("");
        Dom.ref(root, "empty").setHidden(!conversations.isEmpty());
        for (ConversationView c : conversations) {
            HTMLElement item = Html.el("li", c.id().equals(openId) ? "conversation active" : "conversation");
            item.setAttribute("data-test", "conversation");
            HTMLElement link = Html.el("a", null);
            link.setAttribute("href", "/messages/" + c.id());
            HTMLElement dot = Html.el("span", c.other().online() ? "presence online" : "presence");
            dot.setAttribute("title", c.other().online() ? "online" : "offline");
            dot.setAttribute("data-test", c.other().online() ? "presence-online" : "presence-offline");
            link.appendChild(dot);
            link.appendChild(Html.text("strong", "name", c.other().displayName()));
            if (c.unreadCount() > 0) {
                HTMLElement badge = Html.text("span", "badge", String.valueOf(c.unreadCount()));
                badge.setAttribute("data-test", "unread");
                link.appendChild(badge);
            }
            boolean typing = !c.id().equals(openId) && typingInList.isTyping(c.id(), System.currentTimeMillis());
            HTMLElement preview = Html.text("span", typing ? "preview typing-now" : "preview", typing ? "typing…"
                    : c.lastMessage() == null ? "No messages yet"
                    : (c.lastMessage().senderId().equals(me()) ? "You: " : "") + c.lastMessage().text());
            preview.setAttribute("data-test", typing ? "conversation-typing" : "conversation-preview");
            link.appendChild(preview);
            item.appendChild(link);
            list.appendChild(item);
        }
        if (openId != null && conversation(openId) == null && !conversations.isEmpty()) {
            toasts.error("That conversation is not one of yours.");
            openId = null;
        }
        Dom.ref(root, "thread").setHidden(openId == null);
    }

    private void renderHead() {
        ConversationView open = openId == null ? null : conversation(openId);
        if (open == null) {
            return;
        }
        ParticipantView other = open.other();
        Dom.ref(root, "thread-head").setTextContent(other.displayName());
        HTMLElement handle = Dom.ref(root, "thread-handle");
        handle.setTextContent("@" + other.username());
        handle.setHidden(other.username().equals(other.displayName()));
        HTMLElement presence = Dom.ref(root, "thread-presence");
        presence.setTextContent(other.online() ? "online"
                : other.lastSeen() == null ? "offline" : "last seen " + ChatJs.dateTime(other.lastSeen()));
        Dom.toggleClass(presence, "online", other.online());
    }

    /**
     * Rebuilds the thread. With {@code toEnd} it shows the newest message; otherwise the message at the top
     * of the view stays exactly where it was, whatever was added above or below it.
     */
    private void renderThread(boolean toEnd) {
        String anchor = toEnd ? null : ChatJs.firstVisibleKey(messages);
        int offset = anchor == null ? 0 : ChatJs.offsetOf(messages, anchor);
        messages.setInnerHTML("");
        Dom.ref(root, "older").setHidden(!thread.hasOlder());
        messages.appendChild(historyEdge());
        String me = me();
        String lastDay = null;
        for (MessageView m : thread.items()) {
            if (m.createdAt() != null) {
                String day = ChatJs.day(m.createdAt());
                if (!day.equals(lastDay)) {
                    messages.appendChild(Html.text("li", "day", day));
                    lastDay = day;
                }
            }
            messages.appendChild(message(m, m.senderId().equals(me)));
        }
        if (toEnd) {
            messages.setScrollTop(messages.getScrollHeight());
        } else if (anchor != null) {
            ChatJs.keepAt(messages, anchor, offset);
        }
        renderHead();
    }

    /** The top of the thread: loading older messages, or the beginning of the conversation. */
    private HTMLElement historyEdge() {
        if (thread.loadingOlder()) {
            HTMLElement loading = Html.text("li", "history-edge loading", "Loading older messages…");
            loading.setAttribute("data-test", "older-loading");
            loading.setAttribute("role", "status");
            return loading;
        }
        if (thread.hasOlder()) {
            return Html.el("li", "history-edge");
        }
        HTMLElement start = Html.text("li", "history-edge", "This is the beginning of the conversation.");
        start.setAttribute("data-test", "thread-start");
        return start;
    }

    private static HTMLElement message(MessageView m, boolean mine) {
        HTMLElement item = Html.el("li", mine ? "message mine" : "message theirs");
        item.setAttribute("data-test", "message");
        item.setAttribute("data-key", m.id() != null ? "m:" + m.id() : "c:" + m.clientId());
        item.appendChild(Html.text("p", "text", m.text()));
        HTMLElement meta = Html.el("span", "meta");
        meta.setTextContent(m.createdAt() == null ? "" : ChatJs.time(m.createdAt()));
        if (mine) {
            HTMLElement tick = Html.text("span", "tick " + tickClass(m.status()), tick(m.status()));
            tick.setAttribute("data-test", "status-" + (m.status() == null ? "PENDING" : m.status().name()));
            tick.setAttribute("title", m.status() == null ? "sending" : m.status().name().toLowerCase());
            meta.appendChild(tick);
        }
        item.appendChild(meta);
        return item;
    }

    private boolean atEnd() {
        return messages.getScrollHeight() - messages.getScrollTop() - messages.getClientHeight() < NEAR_EDGE;
    }

    private static String tick(MessageStatus status) {
        if (status == null) {
            return "…";
        }
        return status == MessageStatus.SENT ? "✓" : "✓✓";
    }

    private static String tickClass(MessageStatus status) {
        return status == MessageStatus.SEEN ? "seen" : "";
    }

    private ConversationView conversation(String id) {
        for (ConversationView c : conversations) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    /** Puts the changed conversation back; a new message moves it to the top (newest first). */
    private void replaceConversation(ConversationView changed, boolean toTop) {
        int index = -1;
        for (int i = 0; i < conversations.size(); i++) {
            if (conversations.get(i).id().equals(changed.id())) {
                index = i;
            }
        }
        if (index < 0) {
            return;
        }
        if (toTop) {
            conversations.remove(index);
            conversations.add(0, changed);
        } else {
            conversations.set(index, changed);
        }
        renderList();
    }

    private String me() {
        return session.user() == null ? "" : session.user().id();
    }
}
