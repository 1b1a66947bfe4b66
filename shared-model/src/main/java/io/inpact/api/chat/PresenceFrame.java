package io.inpact.api.chat;

/** Server → client: a conversation partner came online or went offline. */
public record PresenceFrame(String type, String userId, boolean online) {

    public static PresenceFrame of(String userId, boolean online) {
        return new PresenceFrame(ChatFrames.PRESENCE, userId, online);
    }
}
