package io.inpact.chat;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * Chat tuning, bound from {@code inpact.chat.*} (env {@code INPACT_CHAT_SEND_PER_SECOND} and so on).
 *
 * @param sendPerSecond  sustained messages a user may send per second on one replica
 * @param sendBurst      messages a user may send at once before the rate applies
 * @param presenceTtl    how long a connection counts as online after its last heartbeat
 * @param heartbeat      how often a replica refreshes the presence of the sockets it holds
 * @param allowedOrigins origins allowed to open the socket besides the server's own (e.g. the public URL)
 * @param workers        threads running the sockets' other blocking work (typing checks, presence)
 * @param writers        group-commit writers storing messages, each in batches; a conversation always uses the same one
 * @param messageLinger  how long a message batch waits after its first message for others to share its commit
 */
@ConfigurationProperties("inpact.chat")
record ChatConfig(
        @Bindable(defaultValue = "20") double sendPerSecond,
        @Bindable(defaultValue = "40") int sendBurst,
        @Bindable(defaultValue = "30s") Duration presenceTtl,
        @Bindable(defaultValue = "10s") Duration heartbeat,
        @Bindable(defaultValue = "") List<String> allowedOrigins,
        @Bindable(defaultValue = "16") int workers,
        @Bindable(defaultValue = "2") int writers,
        @Bindable(defaultValue = "3ms") Duration messageLinger) {
}
