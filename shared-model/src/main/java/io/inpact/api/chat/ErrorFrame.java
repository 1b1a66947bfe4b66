package io.inpact.api.chat;

/** Server → client: a frame was refused; {@code clientId} names the send it refers to, if any. */
public record ErrorFrame(String type, String code, String message, String clientId) {

    public static ErrorFrame of(String code, String message, String clientId) {
        return new ErrorFrame(ChatFrames.ERROR, code, message, clientId);
    }
}
