package io.inpact.spa.pages.chat;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Who is typing in which conversation, for the conversation list, in plain Java: a typing frame shows
 * "typing…" for {@code shownMillis} from its arrival (a further frame extends it), a message from the
 * person typing ends it at once. Times are the caller's clock in milliseconds.
 */
final class TypingInList {

    private final long shownMillis;
    private final Map<String, Typist> byConversation = new HashMap<>();

    TypingInList(long shownMillis) {
        this.shownMillis = shownMillis;
    }

    private record Typist(String userId, long until) {
    }

    /** {@code userId} is typing in the conversation, as of {@code now}. */
    void typing(String conversationId, String userId, long now) {
        byConversation.put(conversationId, new Typist(userId, now + shownMillis));
    }

    /** A message from {@code senderId} arrived: if they were the one typing there, that ends. True when it did. */
    boolean messaged(String conversationId, String senderId) {
        Typist typist = byConversation.get(conversationId);
        if (typist == null || !typist.userId().equals(senderId)) {
            return false;
        }
        byConversation.remove(conversationId);
        return true;
    }

    boolean isTyping(String conversationId, long now) {
        Typist typist = byConversation.get(conversationId);
        return typist != null && typist.until() > now;
    }

    /** Forgets whoever stopped showing by {@code now}; true when someone did (the list should be redrawn). */
    boolean expire(long now) {
        boolean any = false;
        for (Iterator<Typist> it = byConversation.values().iterator(); it.hasNext(); ) {
            if (it.next().until() <= now) {
                it.remove();
                any = true;
            }
        }
        return any;
    }

    /** Milliseconds from {@code now} until the next one stops showing, or -1 when nobody is typing. */
    long nextExpiry(long now) {
        long next = -1;
        for (Typist typist : byConversation.values()) {
            long left = Math.max(0, typist.until() - now);
            next = next < 0 ? left : Math.min(next, left);
        }
        return next;
    }
}
