package io.inpact.spa.pages.chat;

import io.inpact.api.chat.MessageHistory;
import io.inpact.api.chat.MessageStatus;
import io.inpact.api.chat.MessageView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open conversation as the page shows it, in plain Java: stored messages in the server's order (by
 * {@code seq}, oldest first, whatever order they arrived in), then the sends the server has not confirmed yet. History pages are merged without duplicates;
 * a status only moves forward (SENT → DELIVERED → SEEN); at most one older page is asked for at a time.
 */
final class MessageThread {

    private List<MessageView> stored = new ArrayList<>();
    private final Map<String, MessageView> unconfirmed = new LinkedHashMap<>();
    private String olderBefore;
    private boolean loadingOlder;

    /** Stored messages then unconfirmed sends, oldest first; the unconfirmed have no id and no status. */
    List<MessageView> items() {
        List<MessageView> all = new ArrayList<>(stored);
        all.addAll(unconfirmed.values());
        return all;
    }

    /** The sends still waiting for the server, oldest first. */
    List<MessageView> unconfirmed() {
        return new ArrayList<>(unconfirmed.values());
    }

    boolean isEmpty() {
        return stored.isEmpty() && unconfirmed.isEmpty();
    }

    /**
     * The newest page (the first load, or the catch-up after a reconnection). When it overlaps what is shown,
     * the two are joined; when it does not (more was missed than one page holds, or nothing was shown), it
     * replaces the stored part and older pages continue from it.
     */
    void newest(MessageHistory page) {
        List<MessageView> fresh = oldestFirst(page);
        boolean overlaps = false;
        for (MessageView m : fresh) {
            overlaps = overlaps || indexOf(stored, m.id()) >= 0;
        }
        if (!overlaps) {
            stored = new ArrayList<>();
            olderBefore = page.hasMore() ? page.nextBefore() : null;
        }
        for (MessageView m : fresh) {
            put(m);
            confirmed(m.clientId());
        }
    }

    /** The id to ask for older messages before, or null when none are left or a request is in flight. */
    String startOlder() {
        if (loadingOlder || olderBefore == null) {
            return null;
        }
        loadingOlder = true;
        return olderBefore;
    }

    void older(MessageHistory page) {
        loadingOlder = false;
        for (MessageView m : oldestFirst(page)) {
            put(m);
        }
        olderBefore = page.hasMore() ? page.nextBefore() : null;
    }

    void olderFailed() {
        loadingOlder = false;
    }

    boolean loadingOlder() {
        return loadingOlder;
    }

    boolean hasOlder() {
        return olderBefore != null;
    }

    /** A live message: put in its place once, or, if already shown, kept with the further status. */
    void received(MessageView message) {
        confirmed(message.clientId());
        put(message);
    }

    /** Shown once, in seq order; a message already shown keeps the further of the two statuses. */
    private void put(MessageView message) {
        int at = indexOf(stored, message.id());
        if (at >= 0) {
            stored.set(at, later(stored.get(at), message));
            return;
        }
        int position = stored.size();
        while (position > 0 && stored.get(position - 1).seq() > message.seq()) {
            position--;
        }
        stored.add(position, message);
    }

    /** True when the message is shown and its status moved forward. */
    boolean status(String messageId, MessageStatus status) {
        int at = indexOf(stored, messageId);
        if (at < 0 || rank(status) <= rank(stored.get(at).status())) {
            return false;
        }
        MessageView m = stored.get(at);
        stored.set(at, new MessageView(m.id(), m.conversationId(), m.seq(), m.senderId(), m.text(), m.createdAt(),
                status, m.clientId()));
        return true;
    }

    /** True when a shown message of {@code senderId} with a seq up to {@code upToSeq} moved forward to {@code status}. */
    boolean statusUpTo(String senderId, long upToSeq, MessageStatus status) {
        boolean changed = false;
        for (MessageView m : new ArrayList<>(stored)) {
            if (m.senderId().equals(senderId) && m.seq() <= upToSeq) {
                changed |= status(m.id(), status);
            }
        }
        return changed;
    }

    /** Shows a send at once, before the server has it. */
    void sending(String clientId, String conversationId, String senderId, String text) {
        unconfirmed.put(clientId, new MessageView(null, conversationId, 0, senderId, text, null, null, clientId));
    }

    /** The server refused the send: it disappears. */
    void refused(String clientId) {
        unconfirmed.remove(clientId);
    }

    private void confirmed(String clientId) {
        if (clientId != null) {
            unconfirmed.remove(clientId);
        }
    }

    private static MessageView later(MessageView shown, MessageView incoming) {
        return rank(shown.status()) > rank(incoming.status()) ? new MessageView(incoming.id(), incoming.conversationId(),
                incoming.seq(), incoming.senderId(), incoming.text(), incoming.createdAt(), shown.status(),
                incoming.clientId() != null ? incoming.clientId() : shown.clientId()) : incoming;
    }

    private static int rank(MessageStatus status) {
        return status == null ? -1 : status.ordinal();
    }

    private static List<MessageView> oldestFirst(MessageHistory page) {
        List<MessageView> items = new ArrayList<>();
        for (int i = page.items().size() - 1; i >= 0; i--) {
            items.add(page.items().get(i));
        }
        return items;
    }

    private static int indexOf(List<MessageView> messages, String id) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
