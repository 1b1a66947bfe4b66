package io.inpact.api.chat;

/** Whether a user has a live connection now; {@code lastSeen} is ISO-8601 UTC or null if never seen. */
public record PresenceView(boolean online, String lastSeen) {
}
