package io.inpact.api.chat;

/** Server → client: {@code userId} is typing in {@code conversationId} (ephemeral, never stored). */
public record TypingFrame(String type, String conversationId, String userId) {

    public static TypingFrame of(String conversationId, String userId) {
        return new TypingFrame(ChatFrames.TYPING, conversationId, userId);
    }
}
