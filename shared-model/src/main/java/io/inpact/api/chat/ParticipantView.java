package io.inpact.api.chat;

import io.inpact.api.accounts.Role;

/**
 * The other side of a conversation, as the list shows it. {@code displayName} is what the product calls
 * them (a creator's display name, a brand's company name), the username when they have not set one.
 * {@code lastSeen} is ISO-8601 UTC or null.
 */
public record ParticipantView(String id, String username, String displayName, Role role, boolean online,
                              String lastSeen) {
}
