package io.inpact.api.chat;

import io.inpact.api.accounts.Role;

/** The other side of a conversation, as the list shows it. {@code lastSeen} is ISO-8601 UTC or null. */
public record ParticipantView(String id, String username, Role role, boolean online, String lastSeen) {
}
