package io.inpact.spa.pages.chat;

import io.inpact.api.chat.AckGatherer;
import io.inpact.api.chat.ChatFrames;
import io.inpact.api.chat.ChatRules;
import io.inpact.api.chat.ClientFrame;
import io.inpact.api.chat.ClientFrameJson;
import io.inpact.api.chat.MessageView;
import io.inpact.api.chat.MessageFrameJson;
import io.inpact.spa.Session;
import io.inpact.spa.js.Timers;
import java.util.ArrayList;
import java.util.List;

/**
 * The one chat socket of a signed-in tab, open on every page, not only on Messages: each message from
 * someone else is acknowledged as delivered to this device when it arrives (by mark: a burst costs one frame
 * per conversation, see {@link AckGatherer}), the navigation's unread count follows live, and the Messages
 * page, while open, hears every frame. Opened at sign-in, closed at sign-out.
 */
public final class ChatConnection {

    private final Session session;
    private final List<LiveChat.Listener> listeners = new ArrayList<>();
    private final LiveChat live = new LiveChat(new LiveChat.Listener() {
        @Override
        public void frame(String type, String json) {
            onFrame(type, json);
        }

        @Override
        public void connected(boolean connected) {
            failing = !connected;
            for (LiveChat.Listener listener : new ArrayList<>(listeners)) {
                listener.connected(connected);
            }
        }
    });
    private final AckGatherer acks = new AckGatherer(ChatRules.ACK_INTERVAL_MILLIS, Math::random);
    private String userId;
    private boolean failing;

    public ChatConnection(Session session) {
        this.session = session;
    }

    public void start() {
        session.listen(this::sessionChanged);
        sessionChanged();
    }

    /** Hears every frame and every change of the connection until the returned action is run. */
    Runnable listen(LiveChat.Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    boolean isOpen() {
        return live.isOpen();
    }

    /** True after the socket closed or could not open, until it is open again. */
    boolean failing() {
        return failing;
    }

    /** False when the socket is not open; the caller keeps the frame and sends it after the next resync. */
    boolean send(String json) {
        return live.send(json);
    }

    private void acknowledge(MessageView message) {
        long delay = acks.add(message.conversationId(), message.seq(), System.currentTimeMillis());
        if (delay == 0) {
            sendAcks();
        } else if (delay > 0) {
            Timers.later((int) delay, this::sendAcks);
        }
    }

    /** One ack frame per conversation owed; what the closed socket could not take goes after the next resync. */
    private void sendAcks() {
        List<ClientFrame> frames = acks.take(System.currentTimeMillis());
        for (int i = 0; i < frames.size(); i++) {
            if (!live.send(ClientFrameJson.CODEC.toJson(frames.get(i)))) {
                acks.putBack(frames.subList(i, frames.size()));
                return;
            }
        }
    }

    private void sessionChanged() {
        String now = session.user() == null ? null : session.user().id();
        if (now == null ? userId == null : now.equals(userId)) {
            return;
        }
        if (userId != null) {
            live.stop();
            acks.clear();
            failing = false;
        }
        userId = now;
        if (now != null) {
            live.start();
        }
    }

    private void onFrame(String type, String json) {
        if (ChatFrames.MESSAGE.equals(type)) {
            MessageView message = MessageFrameJson.CODEC.fromJson(json).message();
            if (!message.senderId().equals(userId)) {
                acknowledge(message);
            }
        }
        if (ChatFrames.RESYNC.equals(type)) {
            sendAcks();
        }
        if (ChatFrames.MESSAGE.equals(type) || ChatFrames.READ.equals(type) || ChatFrames.RESYNC.equals(type)) {
            UnreadBadge.changed();
        }
        for (LiveChat.Listener listener : new ArrayList<>(listeners)) {
            listener.frame(type, json);
        }
    }
}
