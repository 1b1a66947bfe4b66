package io.inpact.api.chat;

/** Where a message is on its way to the other participant; only ever moves forward. */
public enum MessageStatus {
    /** Stored by the server. */
    SENT,
    /** A device of the recipient acknowledged it. */
    DELIVERED,
    /** The recipient opened the conversation. */
    SEEN
}
