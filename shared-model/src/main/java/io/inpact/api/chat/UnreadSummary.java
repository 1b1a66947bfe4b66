package io.inpact.api.chat;

/** What the navigation badge shows: conversations with unread messages and the unread messages in all. */
public record UnreadSummary(int conversations, int messages) {
}
