package io.inpact.api.chat;

import java.util.List;

/**
 * Server → sender: its messages {@code messageIds}, all of one conversation, moved to {@code status}.
 * {@code messageId} is the last of them, the newest when they were acknowledged or read in order.
 */
public record StatusFrame(String type, String messageId, String conversationId, MessageStatus status,
                          List<String> messageIds) {

    public static StatusFrame of(String messageId, String conversationId, MessageStatus status) {
        return of(List.of(messageId), conversationId, status);
    }

    public static StatusFrame of(List<String> messageIds, String conversationId, MessageStatus status) {
        return new StatusFrame(ChatFrames.STATUS, messageIds.get(messageIds.size() - 1), conversationId, status,
                List.copyOf(messageIds));
    }

    /** Every message the frame covers (a frame from before {@code messageIds} names only {@code messageId}). */
    public List<String> covered() {
        if (messageIds != null && !messageIds.isEmpty()) {
            return messageIds;
        }
        return messageId == null ? List.of() : List.of(messageId);
    }
}
