package io.inpact.api.chat;

/** The {@code type} of every chat WebSocket frame, and the close codes the server uses. */
public final class ChatFrames {
    public static final String SEND = "send";
    public static final String ACK = "ack";
    public static final String TYPING = "typing";
    public static final String MESSAGE = "message";
    public static final String STATUS = "status";
    public static final String PRESENCE = "presence";
    public static final String READ = "read";
    public static final String RESYNC = "resync";
    public static final String ERROR = "error";

    /** The server is restarting: reconnect (with backoff) — another replica will take the socket. */
    public static final int CLOSE_SERVICE_RESTART = 1012;
    /** The socket broke a rule (frame too large, unknown frame): do not retry the same thing. */
    public static final int CLOSE_POLICY_VIOLATION = 1008;

    /** Error codes of {@link ErrorFrame}. */
    public static final String ERROR_INVALID = "validation_failed";
    public static final String ERROR_NOT_FOUND = "not_found";
    public static final String ERROR_RATE_LIMITED = "rate_limited";
    public static final String ERROR_BAD_FRAME = "bad_frame";
    public static final String ERROR_INTERNAL = "internal_error";

    private ChatFrames() {
    }
}
