package io.inpact.api.chat;

/** Open (or find) the one conversation between the caller and {@code participantId}. */
public record CreateConversationRequest(String participantId) {
}
