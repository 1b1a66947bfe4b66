package io.inpact.chat;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Keeps this replica's sockets online in Redis and reports users whose replica died without a goodbye. */
@Singleton
class PresenceKeeper {

    private final Presence presence;
    private final ChatService chat;

    PresenceKeeper(Presence presence, ChatService chat) {
        this.presence = presence;
        this.chat = chat;
    }

    @Scheduled(fixedDelay = "${inpact.chat.heartbeat:10s}", initialDelay = "1s")
    void beat() {
        presence.heartbeat();
        for (var userId : presence.sweepExpired()) {
            chat.announcePresence(userId, false);
        }
    }
}
