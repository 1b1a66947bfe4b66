package io.inpact.api.chat;

/** A conversation seen by one of its two participants; {@code lastMessage} is null while it is empty. */
public record ConversationView(String id, ParticipantView other, MessageView lastMessage, int unreadCount,
                               String createdAt) {
}
