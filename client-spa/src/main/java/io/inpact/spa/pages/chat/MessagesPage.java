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
import org.teavm.jso.dom.html.HTMLElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages: the conversation list (newest first, previews, unread badges, presence dots) and the open
 * thread (day separators, status ticks, history on demand, typing indicator, composer). A sent message
 * shows at once as "sending" and turns into the stored one when the server confirms it; sends made
 * while the socket is down go out, with the same client id, once it is back. Live over {@link LiveChat};
 * after every (re)connection the page fetches what it missed through REST.
 */
public final class MessagesPage implements io.inpact.spa.pages.Page {

    private static final int TYPING_SHOWN_MILLIS = 4_000;
    private static final int BACK_ONLINE_SHOWN_MILLIS = 3_000;
    private static final int TYPING_EVERY_MILLIS = 2_000;

    private final ChatApi chat;
    private final Session session;
    private final Navigator navigator;
    private final Toasts toasts;
    private final Disposer disposer = new Disposer();
    private final LiveChat live = new LiveChat(new LiveChat.Listener() {
        @Override
        public void frame(String type, String json) {
            onFrame(type, json);
        }

        @Override
        public void connected(boolean connected) {
            showConnection(connected);
        }
    });
    private final List<ConversationView> conversations = new ArrayList<>();
    /** The open thread, oldest first, by message id. */
    private final Map<String, MessageView> thread = new LinkedHashMap<>();
    /** Sent but not yet confirmed, by client id. */
    private final Map<String, ClientFrame> pending = new LinkedHashMap<>();
    private final String startWith;
    private String openId;
    private String olderBefore;
    private HTMLElement root;
    private int typingTimer = -1;
    private int onlineTimer = -1;
    private boolean everConnected;
    private long lastTypingSent;

    /**
     * @param conversationId the conversation to open, or null
     * @param with           a user to open (or start) the conversation with, or null
     */
    public MessagesPage(Api api, Session session, Navigator navigator, Toasts toasts, String conversationId,
                        String with) {
        this.chat = new ChatApi(api);
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
        disposer.add(Dom.ref(root, "older").onClick(e -> loadOlder()));
        disposer.onDispose(() -> {
            live.stop();
            if (typingTimer >= 0) {
                Timers.cancel(typingTimer);
            }
            if (onlineTimer >= 0) {
                Timers.cancel(onlineTimer);
            }
        });
        Dom.ref(root, "thread").setHidden(true);
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
        live.start();
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

    /** Live from now on: fetch the list and the open thread again, and send what waited for the socket. */
    private void resync() {
        loadConversations();
        if (openId != null) {
            loadNewest();
        }
        for (ClientFrame frame : new ArrayList<>(pending.values())) {
            live.send(ClientFrameJson.CODEC.toJson(frame));
        }
    }

    private void received(MessageView message) {
        String me = me();
        if (!message.senderId().equals(me)) {
            live.send(ClientFrameJson.CODEC.toJson(ClientFrame.ack(message.id())));
        }
        if (message.clientId() != null) {
            pending.remove(message.clientId());
        }
        ConversationView known = conversation(message.conversationId());
        if (known == null) {
            loadConversations();
        } else {
            boolean unread = !message.senderId().equals(me) && !message.conversationId().equals(openId);
            replaceConversation(new ConversationView(known.id(), known.other(), message,
                    unread ? known.unreadCount() + 1 : known.unreadCount(), known.createdAt()), true);
        }
        UnreadBadge.changed();
        if (message.conversationId().equals(openId)) {
            thread.put(message.id(), message);
            renderThread(true);
            if (!message.senderId().equals(me)) {
                hideTyping();
                markRead();
            }
        }
    }

    private void status(StatusFrame frame) {
        MessageView message = thread.get(frame.messageId());
        if (message != null && rank(frame.status()) > rank(message.status())) {
            thread.put(message.id(), new MessageView(message.id(), message.conversationId(), message.senderId(),
                    message.text(), message.createdAt(), frame.status(), message.clientId()));
            renderThread(false);
        }
    }

    private void typing(TypingFrame frame) {
        if (!frame.conversationId().equals(openId)) {
            return;
        }
        HTMLElement typing = Dom.ref(root, "typing");
        ConversationView open = conversation(openId);
        typing.setTextContent((open == null ? "Someone" : open.other().username()) + " is typing…");
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

    private void presence(PresenceFrame frame) {
        for (ConversationView c : new ArrayList<>(conversations)) {
            if (c.other().id().equals(frame.userId())) {
                ParticipantView o = c.other();
                replaceConversation(new ConversationView(c.id(), new ParticipantView(o.id(), o.username(), o.role(),
                        frame.online(), o.lastSeen()), c.lastMessage(), c.unreadCount(), c.createdAt()), false);
            }
        }
    }

    private void read(String conversationId) {
        ConversationView c = conversation(conversationId);
        if (c != null && c.unreadCount() > 0) {
            replaceConversation(new ConversationView(c.id(), c.other(), c.lastMessage(), 0, c.createdAt()), false);
        }
    }

    private void refused(ErrorFrame error) {
        if (error.clientId() != null) {
            pending.remove(error.clientId());
            thread.remove("pending:" + error.clientId());
            renderThread(false);
        }
        toasts.error(error.message());
    }

    private void showConnection(boolean connected) {
        HTMLElement state = Dom.ref(root, "connection");
        Dom.toggleClass(state, "offline", !connected);
        if (!connected) {
            state.setTextContent("Connection lost — reconnecting…");
            state.setHidden(false);
        } else if (everConnected) {
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
                Map<String, MessageView> merged = new LinkedHashMap<>();
                List<MessageView> newest = new ArrayList<>(history.items());
                java.util.Collections.reverse(newest);
                boolean overlaps = false;
                for (MessageView m : newest) {
                    overlaps = overlaps || thread.containsKey(m.id());
                }
                if (overlaps || thread.isEmpty()) {
                    for (MessageView m : thread.values()) {
                        if (!m.id().startsWith("pending:")) {
                            merged.put(m.id(), m);
                        }
                    }
                }
                if (thread.isEmpty() || !overlaps) {
                    olderBefore = history.nextBefore();
                }
                for (MessageView m : newest) {
                    merged.put(m.id(), m);
                }
                thread.clear();
                merged.values().stream().sorted((a, b) -> a.createdAt().compareTo(b.createdAt()))
                        .forEach(m -> thread.put(m.id(), m));
                renderThread(true);
                markRead();
            }

            @Override
            public void failure(ApiError error) {
                toasts.error(error.message());
            }
        }));
    }

    private void loadOlder() {
        if (olderBefore == null || openId == null) {
            return;
        }
        HTMLElement button = Dom.ref(root, "older");
        Dom.busy(button, true);
        String conversationId = openId;
        disposer.add(chat.history(conversationId, olderBefore, new Callback<>() {
            @Override
            public void success(MessageHistory history) {
                Dom.busy(button, false);
                if (!conversationId.equals(openId)) {
                    return;
                }
                Map<String, MessageView> merged = new LinkedHashMap<>();
                List<MessageView> older = new ArrayList<>(history.items());
                java.util.Collections.reverse(older);
                older.forEach(m -> merged.put(m.id(), m));
                merged.putAll(thread);
                thread.clear();
                thread.putAll(merged);
                olderBefore = history.nextBefore();
                renderThread(false);
            }

            @Override
            public void failure(ApiError error) {
                Dom.busy(button, false);
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
        ClientFrame frame = ClientFrame.send(clientId, openId, text);
        pending.put(clientId, frame);
        thread.put("pending:" + clientId, new MessageView("pending:" + clientId, openId, me(), text, null, null, clientId));
        Dom.setValue(input, "");
        renderThread(true);
        live.send(ClientFrameJson.CODEC.toJson(frame));
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
            link.appendChild(Html.text("strong", "name", c.other().username()));
            if (c.unreadCount() > 0) {
                HTMLElement badge = Html.text("span", "badge", String.valueOf(c.unreadCount()));
                badge.setAttribute("data-test", "unread");
                link.appendChild(badge);
            }
            link.appendChild(Html.text("span", "preview", c.lastMessage() == null ? "No messages yet"
                    : (c.lastMessage().senderId().equals(me()) ? "You: " : "") + c.lastMessage().text()));
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
        ConversationView open = conversation(openId);
        if (open != null) {
            Dom.ref(root, "thread-head").setTextContent(open.other().username()
                    + (open.other().online() ? " · online" : ""));
        }
    }

    private void renderThread(boolean scrollToEnd) {
        HTMLElement list = Dom.ref(root, "messages");
        list.setInnerHTML("");
        Dom.ref(root, "older").setHidden(olderBefore == null);
        String me = me();
        String lastDay = null;
        for (MessageView m : thread.values()) {
            if (m.createdAt() != null) {
                String day = ChatJs.day(m.createdAt());
                if (!day.equals(lastDay)) {
                    list.appendChild(Html.text("li", "day", day));
                    lastDay = day;
                }
            }
            boolean mine = m.senderId().equals(me);
            HTMLElement item = Html.el("li", mine ? "message mine" : "message theirs");
            item.setAttribute("data-test", "message");
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
            list.appendChild(item);
        }
        if (scrollToEnd) {
            list.setScrollTop(list.getScrollHeight());
        }
        renderHead();
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

    private static int rank(MessageStatus status) {
        return status == null ? -1 : status.ordinal();
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
