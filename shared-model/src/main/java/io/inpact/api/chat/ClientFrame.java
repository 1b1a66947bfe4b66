package io.inpact.api.chat;

/**
 * Every frame a client sends over the chat WebSocket. Which fields matter depends on {@code type}:
 * {@code send} (clientId, conversationId, text), {@code ack} (messageId), {@code typing} (conversationId).
 */
public record ClientFrame(String type, String clientId, String conversationId, String text, String messageId) {

    public static ClientFrame send(String clientId, String conversationId, String text) {
        return new ClientFrame(ChatFrames.SEND, clientId, conversationId, text, null);
    }

    public static ClientFrame ack(String messageId) {
        return new ClientFrame(ChatFrames.ACK, null, null, null, messageId);
    }

    public static ClientFrame typing(String conversationId) {
        return new ClientFrame(ChatFrames.TYPING, null, conversationId, null, null);
    }
}
