package io.inpact.api.chat;

import java.util.List;

/**
 * Every frame a client sends over the chat WebSocket. Which fields matter depends on {@code type}:
 * {@code send} (clientId, conversationId, text), {@code ack} (conversationId and seq, or messageIds, or a
 * single messageId), {@code typing} (conversationId).
 */
public record ClientFrame(String type, String clientId, String conversationId, String text, String messageId,
                          List<String> messageIds, Long seq) {

    public static ClientFrame send(String clientId, String conversationId, String text) {
        return new ClientFrame(ChatFrames.SEND, clientId, conversationId, text, null, null, null);
    }

    /**
     * Acknowledges every message of the conversation, up to and including {@code seq}, that the other
     * participant sent: how the app and the benchmark acknowledge, one frame per conversation.
     */
    public static ClientFrame ack(String conversationId, long seq) {
        return new ClientFrame(ChatFrames.ACK, null, conversationId, null, null, null, seq);
    }

    public static ClientFrame ack(String messageId) {
        return new ClientFrame(ChatFrames.ACK, null, null, null, messageId, null, null);
    }

    /** Acknowledges several messages in one frame (at most {@link ChatRules#MAX_ACK_IDS}). */
    public static ClientFrame ack(List<String> messageIds) {
        return new ClientFrame(ChatFrames.ACK, null, null, null, null, List.copyOf(messageIds), null);
    }

    public static ClientFrame typing(String conversationId) {
        return new ClientFrame(ChatFrames.TYPING, null, conversationId, null, null, null, null);
    }

    /** What an {@code ack} acknowledges: its {@code messageIds}, or its one {@code messageId}. */
    public List<String> acknowledged() {
        if (messageIds != null && !messageIds.isEmpty()) {
            return messageIds;
        }
        return messageId == null ? List.of() : List.of(messageId);
    }
}
