package io.inpact.api.chat;

/** Server → the reader's own devices: {@code conversationId} was read, so its unread badge clears everywhere. */
public record ReadFrame(String type, String conversationId, String userId) {

    public static ReadFrame of(String conversationId, String userId) {
        return new ReadFrame(ChatFrames.READ, conversationId, userId);
    }
}
