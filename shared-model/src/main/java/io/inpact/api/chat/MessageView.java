package io.inpact.api.chat;

/**
 * One stored message. {@code seq} orders a conversation, the same for both participants: it increases
 * (with gaps), and a message may arrive live shortly after one with a higher {@code seq}, so clients sort
 * by it rather than by arrival. {@code clientId} is only present on the sender's own copy, so a client can
 * match the confirmation to the message it showed optimistically. {@code createdAt} is ISO-8601 UTC.
 */
public record MessageView(String id, String conversationId, long seq, String senderId, String text, String createdAt,
                          MessageStatus status, String clientId) {
}
