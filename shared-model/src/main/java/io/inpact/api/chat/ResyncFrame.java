package io.inpact.api.chat;

/**
 * Server → client: live events may have been missed (the server lost its message bus for a while);
 * fetch the conversation list and open histories again through REST.
 */
public record ResyncFrame(String type, String reason) {

    public static ResyncFrame of(String reason) {
        return new ResyncFrame(ChatFrames.RESYNC, reason);
    }
}
