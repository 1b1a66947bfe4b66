package io.inpact.api.chat;

/** Server → client: a stored message, sent to every device of both participants. */
public record MessageFrame(String type, MessageView message) {

    public static MessageFrame of(MessageView message) {
        return new MessageFrame(ChatFrames.MESSAGE, message);
    }
}
