package io.inpact.api.chat;

/**
 * One stored message. {@code clientId} is only present on the sender's own copy, so a client can
 * match the confirmation to the message it showed optimistically. {@code createdAt} is ISO-8601 UTC.
 */
public record MessageView(String id, String conversationId, String senderId, String text, String createdAt,
                          MessageStatus status, String clientId) {
}
