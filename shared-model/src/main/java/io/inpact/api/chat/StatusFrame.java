package io.inpact.api.chat;

import java.util.List;

/**
 * Server → sender: its messages {@code messageIds}, all of one conversation, moved to {@code status}.
 * {@code messageId} is the last of them, the newest when they were acknowledged or read in order. A frame
 * with {@code upToSeq} names no list: every message of the sender in the conversation with a seq up to it
 * has {@code status} (at least), and {@code messageId} is the newest of them.
 */
public record StatusFrame(String type, String messageId, String conversationId, MessageStatus status,
                          List<String> messageIds, Long upToSeq) {

    public static StatusFrame of(String messageId, String conversationId, MessageStatus status) {
        return of(List.of(messageId), conversationId, status);
    }

    public static StatusFrame of(List<String> messageIds, String conversationId, MessageStatus status) {
        return new StatusFrame(ChatFrames.STATUS, messageIds.get(messageIds.size() - 1), conversationId, status,
                List.copyOf(messageIds), null);
    }

    /** Every message of the sender up to {@code upToSeq}, the seq of {@code messageId}, has {@code status}. */
    public static StatusFrame upTo(String messageId, long upToSeq, String conversationId, MessageStatus status) {
        return new StatusFrame(ChatFrames.STATUS, messageId, conversationId, status, null, upToSeq);
    }

    /**
     * Every message the frame names (a frame from before {@code messageIds} names only {@code messageId}; one
     * with {@code upToSeq} names its newest and covers the older ones by seq).
     */
    public List<String> covered() {
        if (messageIds != null && !messageIds.isEmpty()) {
            return messageIds;
        }
        return messageId == null ? List.of() : List.of(messageId);
    }
}
