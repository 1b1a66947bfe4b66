package io.inpact.chat;

import io.inpact.system.ApiException;
import io.inpact.api.chat.ChatFrames;
import io.inpact.api.chat.ChatRules;
import io.inpact.api.chat.ClientFrame;
import io.inpact.api.chat.ErrorFrame;
import io.inpact.api.chat.ResyncFrame;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.UUID;

/**
 * The live chat socket. The handshake is authenticated by the session cookie (security filter) and its
 * Origin checked by {@link ChatOriginFilter}. Sends and acknowledgements are checked on the event loop
 * and queued, in arrival order, for the next group commit ({@link MessageWriter}); typing and presence
 * work runs on the socket's {@link SerialLane}.
 * The first frame a client gets is {@code resync}: from then on it receives live events, so it fetches
 * what it missed through REST.
 */
@ServerWebSocket("/api/chat/ws")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ChatSocket {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);
    /** What every frame needs from the session, in one attribute: one lookup instead of one per field. */
    private static final String CLIENT = "chat.client";
    private static final String LAST_TYPING = "chat.typing";
    private static final long TYPING_INTERVAL_NANOS = 1_000_000_000L;

    private final ChatService chat;
    private final ChatFanout fanout;
    private final Presence presence;
    private final SendRateLimiter limiter;
    private final ChatWorkers workers;
    private final JsonMapper json;

    /** Who holds the socket, its presence connection id and the lane its blocking work runs on. */
    private record Client(UUID me, String connection, SerialLane lane) {
    }

    ChatSocket(ChatService chat, ChatFanout fanout, Presence presence, SendRateLimiter limiter,
               ChatWorkers workers, JsonMapper json) {
        this.chat = chat;
        this.fanout = fanout;
        this.presence = presence;
        this.limiter = limiter;
        this.workers = workers;
        this.json = json;
    }

    @OnOpen
    void open(WebSocketSession session, HttpRequest<?> request) {
        if (fanout.isClosing()) {
            session.close(new CloseReason(ChatFrames.CLOSE_SERVICE_RESTART, "server restarting, reconnect"));
            return;
        }
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null) {
            session.close(new CloseReason(ChatFrames.CLOSE_POLICY_VIOLATION, "not signed in"));
            return;
        }
        UUID me = UUID.fromString(authentication.getName());
        String connection = UUID.randomUUID().toString();
        SerialLane lane = workers.newLane();
        session.put(CLIENT, new Client(me, connection, lane));
        byte[] connected = fanout.encode(ResyncFrame.of("connected"));
        fanout.join(me, session).whenComplete((ok, error) -> fanout.toSocket(session, connected));
        lane.offer(() -> {
            if (presence.connected(me, connection)) {
                chat.announcePresence(me, true);
            }
        });
    }

    @OnMessage(maxPayloadLength = ChatRules.MAX_FRAME_BYTES)
    void message(String text, WebSocketSession session) {
        Client client = session.get(CLIENT, Client.class).orElse(null);
        if (client == null) {
            return;
        }
        UUID me = client.me();
        SerialLane lane = client.lane();
        if (text.length() > ChatRules.MAX_FRAME_BYTES) {
            session.close(new CloseReason(CloseReason.MESSAGE_TO_BIG.getCode(), "frame larger than "
                    + ChatRules.MAX_FRAME_BYTES + " bytes"));
            return;
        }
        ClientFrame frame;
        try {
            frame = json.readValue(text, ClientFrame.class);
        } catch (IOException | RuntimeException e) {
            refuse(session, ChatFrames.ERROR_BAD_FRAME, "frame must be a JSON object with a type", null);
            return;
        }
        if (frame == null || frame.type() == null) {
            refuse(session, ChatFrames.ERROR_BAD_FRAME, "frame must be a JSON object with a type", null);
            return;
        }
        switch (frame.type()) {
            case ChatFrames.SEND -> send(me, frame, session);
            case ChatFrames.ACK -> handle(() -> acknowledge(me, frame), session, frame.clientId());
            case ChatFrames.TYPING -> {
                Runnable work = typing(me, frame, session);
                if (!lane.offer(() -> handle(work, session, frame.clientId()))) {
                    refuse(session, ChatFrames.ERROR_RATE_LIMITED, "too many frames in flight, slow down", frame.clientId());
                }
            }
            default -> refuse(session, ChatFrames.ERROR_BAD_FRAME, "unknown frame type [" + frame.type() + "]",
                    frame.clientId());
        }
    }

    /** Checked here, on the event loop, and queued in arrival order for the next group commit. */
    private void send(UUID me, ClientFrame frame, WebSocketSession session) {
        long wait = limiter.tryAcquire(me);
        if (wait > 0) {
            refuse(session, ChatFrames.ERROR_RATE_LIMITED, "sending too fast, retry after " + wait + " s", frame.clientId());
            return;
        }
        handle(() -> chat.send(me, frame.clientId(), frame.conversationId(), frame.text(),
                refused -> refuse(session, refused, frame.clientId())), session, frame.clientId());
    }

    private void acknowledge(UUID me, ClientFrame frame) {
        if (frame.seq() != null) {
            chat.acknowledgeUpTo(me, frame.conversationId(), frame.seq());
        } else {
            chat.acknowledge(me, frame.acknowledged());
        }
    }

    private Runnable typing(UUID me, ClientFrame frame, WebSocketSession session) {
        long now = System.nanoTime();
        Long last = session.get(LAST_TYPING, Long.class).orElse(null);
        if (last != null && now - last < TYPING_INTERVAL_NANOS) {
            return () -> { };
        }
        session.put(LAST_TYPING, now);
        return () -> chat.typing(me, frame.conversationId());
    }

    private void handle(Runnable work, WebSocketSession session, String clientId) {
        try {
            work.run();
        } catch (ApiException e) {
            refuse(session, e, clientId);
        } catch (RuntimeException e) {
            LOG.warn("chat: frame failed", e);
            refuse(session, ChatFrames.ERROR_INTERNAL, "the server could not handle the frame, retry", clientId);
        }
    }

    private void refuse(WebSocketSession session, ApiException e, String clientId) {
        String code = e.status() == 404 ? ChatFrames.ERROR_NOT_FOUND : e.code();
        refuse(session, code, e.getMessage(), clientId);
    }

    private void refuse(WebSocketSession session, String code, String message, String clientId) {
        fanout.toSocket(session, fanout.encode(ErrorFrame.of(code, message, clientId)));
    }

    @OnClose
    void close(WebSocketSession session) {
        Client client = session.get(CLIENT, Client.class).orElse(null);
        if (client == null) {
            return;
        }
        if (fanout.leave(client.me(), session)) {
            limiter.forget(client.me());
        }
        client.lane().offer(() -> {
            if (presence.disconnected(client.me(), client.connection())) {
                chat.announcePresence(client.me(), false);
            }
        });
    }
}
