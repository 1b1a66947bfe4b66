package io.inpact.chat;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Keeps this replica's sockets online in Redis and reports users whose replica died without a goodbye.
 * Created with the context and scheduled by itself, so that its schedule ends with the context: a
 * {@code @Scheduled} method would be looked up on its first tick, and a context closed before that tick
 * (a short-lived test's) made that lookup fail with an error in the log. What it beats for is looked up on
 * the first beat, as before, so start-up does not wait for Redis.
 */
@Context
class PresenceKeeper {

    private static final Duration FIRST_BEAT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(PresenceKeeper.class);

    private final Provider<Presence> presence;
    private final Provider<ChatService> chat;
    private final ScheduledFuture<?> beats;

    PresenceKeeper(Provider<Presence> presence, Provider<ChatService> chat,
                   @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                   @Value("${inpact.chat.heartbeat:10s}") Duration heartbeat) {
        this.presence = presence;
        this.chat = chat;
        this.beats = scheduler.scheduleWithFixedDelay(FIRST_BEAT, heartbeat, this::beat);
    }

    void beat() {
        try {
            presence.get().heartbeat();
            for (var userId : presence.get().sweepExpired()) {
                chat.get().announcePresence(userId, false);
            }
        } catch (RuntimeException e) {
            // a missed beat is made up by the next one; a task that throws would never run again
            LOG.warn("chat: presence heartbeat failed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        beats.cancel(false);
    }
}
