package io.inpact.api.chat;

import java.util.List;

/**
 * A slice of a conversation's history, newest first. Ask for the next older slice with
 * {@code ?before=<nextBefore>}; {@code nextBefore} is null when nothing older exists.
 */
public record MessageHistory(List<MessageView> items, int size, boolean hasMore, String nextBefore) {

    public MessageHistory {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
