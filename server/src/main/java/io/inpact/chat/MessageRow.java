package io.inpact.chat;

import io.inpact.api.chat.MessageStatus;
import io.inpact.api.chat.MessageView;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A stored message as read from {@code chat_messages}, with its status from its recipient's marks. */
record MessageRow(UUID id, UUID conversationId, long seq, UUID senderId, String clientId, String body,
                  Instant createdAt, MessageStatus status) {

    /** The message as {@code viewer} sees it: only the sender's copy carries the client id. */
    MessageView view(UUID viewer) {
        return new MessageView(id.toString(), conversationId.toString(), seq, senderId.toString(), body,
                iso(createdAt), status(), senderId.equals(viewer) ? clientId : null);
    }

    MessageRow withCreatedAt(Instant at) {
        return new MessageRow(id, conversationId, seq, senderId, clientId, body, at, status);
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
