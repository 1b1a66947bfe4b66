package io.inpact.chat;

import java.time.Instant;
import java.util.UUID;

/** A stored conversation between {@code userA < userB}. */
record Conversation(UUID id, UUID userA, UUID userB, Instant createdAt) {

    boolean hasParticipant(UUID userId) {
        return userA.equals(userId) || userB.equals(userId);
    }

    UUID other(UUID userId) {
        return userA.equals(userId) ? userB : userA;
    }
}
