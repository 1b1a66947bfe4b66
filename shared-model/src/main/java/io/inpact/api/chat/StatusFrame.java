package io.inpact.api.chat;

/** Server → sender: one of its messages moved to {@code status}. */
public record StatusFrame(String type, String messageId, String conversationId, MessageStatus status) {

    public static StatusFrame of(String messageId, String conversationId, MessageStatus status) {
        return new StatusFrame(ChatFrames.STATUS, messageId, conversationId, status);
    }
}
