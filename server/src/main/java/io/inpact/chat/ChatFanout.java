package io.inpact.chat;

import io.inpact.api.chat.ChatFrames;
import io.inpact.api.chat.ResyncFrame;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.api.async.RedisPubSubAsyncCommands;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.micronaut.core.order.Ordered;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Delivers chat events to every socket of a user, whichever replica holds it. Every replica subscribes to one
 * Redis channel, the bus, and publishes each batch of events to it as one message: each event names its user,
 * and a replica hands it to the sockets it holds for that user and skips the rest. One publish per batch, not
 * one per event, is what keeps Redis and the replicas' Redis I/O cheap under load; the price is that every
 * replica reads every event, which is fine for a handful of replicas.
 *
 * <p>A frame is encoded once, to the bytes that Redis carries and every socket is sent. This replica's own
 * sockets get an event at once, without the round trip through Redis. When a publish fails (Redis lost), the
 * batch waits in a bounded outbox; once Redis is back the bus is subscribed again, the outbox is published for
 * the other replicas and every local socket gets a {@code resync} frame so its client fetches through REST
 * whatever other replicas could not deliver meanwhile.
 */
@Singleton
class ChatFanout implements GracefulShutdownCapable, Ordered, ChatRedis.StateListener {

    /** Events, not batches, the outbox keeps at most (the oldest batches go first). */
    private static final int OUTBOX_LIMIT = 10_000;
    private static final long CLOSE_FLUSH_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final String BUS = "chat:bus";
    private static final byte SEPARATOR = '|';
    /** Before each event's frame on the bus: its user's id (two longs) and the frame's length. */
    private static final int EVENT_HEADER = 2 * Long.BYTES + Integer.BYTES;
    private static final Logger LOG = LoggerFactory.getLogger(ChatFanout.class);

    private final ChatRedis redis;
    private final JsonMapper json;
    /** Starts what this replica publishes (its id and the separator): its own sockets already have it. */
    private final byte[] origin = (UUID.randomUUID().toString() + (char) SEPARATOR).getBytes(StandardCharsets.US_ASCII);
    private final String bus;
    private final Map<UUID, Set<WebSocketSession>> sessions = new ConcurrentHashMap<>();
    private final Deque<Pending> outbox = new ArrayDeque<>();
    private int outboxEvents;
    private volatile CompletableFuture<Void> subscribed = CompletableFuture.completedFuture(null);
    private volatile boolean closing;

    /** One batch as the bus carries it. */
    private record Pending(byte[] payload, int events) {
    }

    ChatFanout(ChatRedis redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
        this.bus = redis.key(BUS);
        redis.addPubSubListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, byte[] message) {
                receive(channel, message);
            }
        });
        redis.addStateListener(this);
        // Redis may have come up before this listener was added; subscribing twice does no harm
        subscribed = subscribe();
    }

    /**
     * Registers a socket of {@code userId}; the future completes once this replica receives the bus (or Redis
     * is down, in which case recovery will subscribe and send a resync).
     */
    CompletableFuture<Void> join(UUID userId, WebSocketSession session) {
        // under leave()'s lock, so a socket never joins a set that leave() is about to drop
        synchronized (sessions) {
            sessions.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(session);
        }
        return subscribed;
    }

    /** Forgets a socket; true when it was the user's last one on this replica. */
    boolean leave(UUID userId, WebSocketSession session) {
        synchronized (sessions) {
            Set<WebSocketSession> mine = sessions.get(userId);
            if (mine == null || !mine.remove(session) || !mine.isEmpty()) {
                return false;
            }
            sessions.remove(userId);
        }
        return true;
    }

    int localSocketCount() {
        return sessions.values().stream().mapToInt(Set::size).sum();
    }

    /** An event for every socket of a user. */
    record Event(UUID userId, Object frame) {
    }

    /** Sends {@code frame} to every socket of {@code userId} on any replica. */
    void toUser(UUID userId, Object frame) {
        toUsers(List.of(new Event(userId, frame)));
    }

    /**
     * Sends each event to every socket of its user: this replica's own sockets at once, the others' through
     * the bus, all of the events in one message, marked as this replica's (which skips its own echo). Held in
     * the outbox when Redis cannot take them.
     */
    void toUsers(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        List<byte[]> frames = new ArrayList<>(events.size());
        int size = origin.length;
        for (Event event : events) {
            byte[] frame = encode(event.frame());
            deliverLocally(event.userId(), frame, 0, frame.length);
            frames.add(frame);
            size += EVENT_HEADER + frame.length;
        }
        ByteBuffer payload = ByteBuffer.allocate(size).put(origin);
        for (int i = 0; i < events.size(); i++) {
            UUID userId = events.get(i).userId();
            byte[] frame = frames.get(i);
            payload.putLong(userId.getMostSignificantBits()).putLong(userId.getLeastSignificantBits())
                    .putInt(frame.length).put(frame);
        }
        Pending batch = new Pending(payload.array(), events.size());
        if (redis.isUp()) {
            publish(List.of(batch));
        } else {
            hold(List.of(batch));
        }
    }

    byte[] encode(Object frame) {
        try {
            return json.writeValueAsBytes(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends an already encoded frame to one socket. */
    void toSocket(WebSocketSession session, byte[] frame) {
        toSocket(session, frame, 0, frame.length);
    }

    private static void toSocket(WebSocketSession session, byte[] bytes, int from, int length) {
        if (session.isOpen()) {
            session.sendAsync(new TextWebSocketFrame(Unpooled.wrappedBuffer(bytes, from, length)))
                    .exceptionally(e -> null);
        }
    }

    /** Publishes the batches in one write to Redis; whatever Redis does not take goes to the outbox. */
    private void publish(List<Pending> publishes) {
        RedisAsyncCommands<String, byte[]> publisher = redis.publisher();
        if (publisher == null) {
            hold(publishes);
            return;
        }
        for (Pending p : publishes) {
            publisher.publish(bus, p.payload()).whenComplete((n, error) -> {
                if (error != null) {
                    hold(List.of(p));
                }
            });
        }
        redis.flushPublisher();
    }

    private void hold(List<Pending> publishes) {
        synchronized (outbox) {
            for (Pending pending : publishes) {
                outbox.addLast(pending);
                outboxEvents += pending.events();
            }
            while (outboxEvents > OUTBOX_LIMIT && outbox.size() > 1) {
                outboxEvents -= outbox.removeFirst().events();
            }
        }
    }

    /** A batch from the bus: each event goes to the sockets this replica holds for its user, if any. */
    private void receive(String channel, byte[] message) {
        int from = origin.length;
        if (!channel.equals(bus) || message.length < from || message[from - 1] != SEPARATOR
                || Arrays.equals(message, 0, from, origin, 0, from)) {
            return;
        }
        ByteBuffer events = ByteBuffer.wrap(message, from, message.length - from);
        while (events.remaining() >= EVENT_HEADER) {
            UUID userId = new UUID(events.getLong(), events.getLong());
            int length = events.getInt();
            if (length < 0 || length > events.remaining()) {
                LOG.warn("chat: dropped the rest of a malformed batch from the bus");
                return;
            }
            deliverLocally(userId, message, events.position(), length);
            events.position(events.position() + length);
        }
    }

    private void deliverLocally(UUID userId, byte[] frame, int from, int length) {
        Set<WebSocketSession> mine = sessions.get(userId);
        if (mine != null) {
            for (WebSocketSession session : mine) {
                toSocket(session, frame, from, length);
            }
        }
    }

    private CompletableFuture<Void> subscribe() {
        RedisPubSubAsyncCommands<String, byte[]> pubSub = redis.pubSubAsync();
        if (pubSub == null || !redis.isUp()) {
            return CompletableFuture.completedFuture(null);
        }
        return pubSub.subscribe(bus).toCompletableFuture().handle((ok, error) -> null);
    }

    @Override
    public void redisUp() {
        CompletableFuture<Void> subscribing = subscribe();
        subscribed = subscribing;
        try {
            subscribing.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("chat: subscribing to the bus after Redis came back failed", e);
        }
        flushOutbox();
        byte[] resync = encode(ResyncFrame.of("bus-restored"));
        sessions.values().forEach(mine -> mine.forEach(session -> toSocket(session, resync)));
    }

    @Override
    public void redisDown() {
        // sends keep being stored; publish() falls back while redis.isUp() is false
    }

    private void flushOutbox() {
        List<Pending> pending;
        synchronized (outbox) {
            pending = new ArrayList<>(outbox);
            outbox.clear();
            outboxEvents = 0;
        }
        publish(pending);
        if (!pending.isEmpty()) {
            LOG.info("chat: published {} events held while Redis was away",
                    pending.stream().mapToInt(Pending::events).sum());
        }
    }

    /**
     * Closes every socket with 1012 (service restart) so clients reconnect, through the balancer, elsewhere.
     * Micronaut calls the graceful shutdown of every participant in turn, this one first (see {@link #getOrder()}),
     * and the HTTP server's own drops upgraded connections without a close frame; so this returns only once the
     * close frames are written (or after {@link #CLOSE_FLUSH_NANOS}).
     */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        List<WebSocketSession> open = closeAll();
        long deadline = System.nanoTime() + CLOSE_FLUSH_NANOS;
        while (open.stream().anyMatch(WebSocketSession::isOpen) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Ahead of the HTTP server in Micronaut's graceful shutdown, which closes WebSocket channels outright. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public java.util.OptionalLong reportActiveTasks() {
        return java.util.OptionalLong.of(localSocketCount());
    }

    /** Refuses new sockets and closes the open ones with 1012; returns the sockets it closed. */
    @PreDestroy
    List<WebSocketSession> closeAll() {
        closing = true;
        CloseReason restart = new CloseReason(ChatFrames.CLOSE_SERVICE_RESTART, "server restarting, reconnect");
        List<WebSocketSession> closed = new ArrayList<>();
        Collection<Set<WebSocketSession>> all = List.copyOf(sessions.values());
        for (Set<WebSocketSession> mine : all) {
            for (WebSocketSession session : List.copyOf(mine)) {
                if (session.isOpen()) {
                    session.close(restart);
                    closed.add(session);
                }
            }
        }
        return closed;
    }

    boolean isClosing() {
        return closing;
    }
}
