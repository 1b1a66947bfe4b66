package io.inpact.api.chat;

import io.inpact.api.common.Rules;

import java.util.List;

/** Chat rules both the SPA composer and the server check. Each returns an error message, or null when valid. */
public final class ChatRules {
    /** Longest message text, in code points (as {@link Rules#text} counts). */
    public static final int MAX_TEXT_LENGTH = 4000;
    public static final int MAX_CLIENT_ID_LENGTH = 64;
    /** Largest WebSocket frame the server accepts: the longest text with every code point JSON-escaped as a
     *  surrogate pair (12 bytes each) plus the envelope. */
    public static final int MAX_FRAME_BYTES = 12 * MAX_TEXT_LENGTH + 1024;
    public static final int MAX_HISTORY_PAGE = 100;
    /** Most messages one {@code ack} frame acknowledges. */
    public static final int MAX_ACK_IDS = 100;
    /**
     * How long, on average, a client gathers acknowledgements after sending one, so a burst of messages costs
     * one frame per conversation ({@link AckGatherer}).
     */
    public static final int ACK_INTERVAL_MILLIS = 1000;

    private ChatRules() {
    }

    public static String text(String text) {
        return Rules.text(text, MAX_TEXT_LENGTH);
    }

    /** A client id is chosen by the sending device (a UUID in practice): 1–64 visible ASCII characters. */
    public static String clientId(String clientId) {
        if (clientId == null || clientId.isEmpty()) {
            return "must not be empty";
        }
        if (clientId.length() > MAX_CLIENT_ID_LENGTH) {
            return "must be at most " + MAX_CLIENT_ID_LENGTH + " characters";
        }
        for (int i = 0; i < clientId.length(); i++) {
            char c = clientId.charAt(i);
            if (c <= ' ' || c > '~') {
                return "must be visible ASCII characters";
            }
        }
        return null;
    }

    /** What an {@code ack} frame acknowledges: 1 to {@link #MAX_ACK_IDS} message ids. */
    public static String acknowledged(List<String> messageIds) {
        if (messageIds == null || messageIds.isEmpty()) {
            return "must name at least one message";
        }
        if (messageIds.size() > MAX_ACK_IDS) {
            return "must name at most " + MAX_ACK_IDS + " messages";
        }
        return null;
    }

    /** The seq an {@code ack} frame acknowledges up to: a message's seq, so 1 or more. */
    public static String acknowledgedUpTo(long seq) {
        return seq < 1 ? "must be 1 or more" : null;
    }
}
