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
 * Delivers chat events to every socket of a user, whichever replica holds it. Each user has a Redis
 * channel; a replica subscribes to the channels of the users whose sockets it holds, and an event for
 * a user is published to that user's channel.
 *
 * <p>A frame is encoded once, to the bytes that Redis carries and every socket is sent. This replica's own
 * sockets get an event at once, without the round trip through Redis; the events of a batch are written to
 * Redis together. When a publish fails (Redis lost), the event waits in a bounded outbox; once Redis is back
 * the outbox is published for the other replicas, the channels are subscribed again and every local socket
 * gets a {@code resync} frame so its client fetches through REST whatever other replicas could not deliver
 * meanwhile.
 */
@Singleton
class ChatFanout implements GracefulShutdownCapable, Ordered, ChatRedis.StateListener {

    static final int OUTBOX_LIMIT = 10_000;
    private static final long CLOSE_FLUSH_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final String CHANNEL = "chat:user:";
    private static final byte SEPARATOR = '|';
    private static final Logger LOG = LoggerFactory.getLogger(ChatFanout.class);

    private final ChatRedis redis;
    private final JsonMapper json;
    /** Starts what this replica publishes (its id and the separator): its own sockets already have it. */
    private final byte[] origin = (UUID.randomUUID().toString() + (char) SEPARATOR).getBytes(StandardCharsets.US_ASCII);
    private final String channelPrefix;
    private final Map<UUID, Set<WebSocketSession>> sessions = new ConcurrentHashMap<>();
    private final Deque<Pending> outbox = new ArrayDeque<>();
    private volatile boolean closing;

    private record Pending(String channel, byte[] payload) {
    }

    ChatFanout(ChatRedis redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
        this.channelPrefix = redis.key(CHANNEL);
        redis.addPubSubListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, byte[] message) {
                receive(channel, message);
            }
        });
        redis.addStateListener(this);
    }

    /**
     * Registers a socket of {@code userId}; the future completes once this replica receives the user's
     * channel (or Redis is down, in which case recovery will subscribe and send a resync).
     */
    CompletableFuture<Void> join(UUID userId, WebSocketSession session) {
        synchronized (sessions) {
            sessions.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(session);
            // issued under the lock so a concurrent leave()'s unsubscribe cannot overtake it
            return subscribe(List.of(channel(userId)));
        }
    }

    /** Forgets a socket; true when it was the user's last one on this replica. */
    boolean leave(UUID userId, WebSocketSession session) {
        synchronized (sessions) {
            Set<WebSocketSession> mine = sessions.get(userId);
            if (mine == null || !mine.remove(session) || !mine.isEmpty()) {
                return false;
            }
            sessions.remove(userId);
            RedisPubSubAsyncCommands<String, byte[]> pubSub = redis.pubSubAsync();
            if (pubSub != null && redis.isUp()) {
                pubSub.unsubscribe(channel(userId)).exceptionally(e -> null);
            }
        }
        return true;
    }

    boolean isLocal(UUID userId) {
        return sessions.containsKey(userId);
    }

    Set<UUID> localUsers() {
        return Set.copyOf(sessions.keySet());
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
     * Redis, all of the events in one write, marked as this replica's (which skips its own echo). Held in the
     * outbox when Redis cannot take them.
     */
    void toUsers(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Pending> publishes = new ArrayList<>(events.size());
        for (Event event : events) {
            byte[] frame = encode(event.frame());
            deliverLocally(event.userId(), frame, 0);
            publishes.add(new Pending(channel(event.userId()), marked(frame)));
        }
        if (redis.isUp()) {
            publish(publishes);
        } else {
            hold(publishes);
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
        toSocket(session, frame, 0);
    }

    private static void toSocket(WebSocketSession session, byte[] bytes, int from) {
        if (session.isOpen()) {
            session.sendAsync(new TextWebSocketFrame(Unpooled.wrappedBuffer(bytes, from, bytes.length - from)))
                    .exceptionally(e -> null);
        }
    }

    private byte[] marked(byte[] frame) {
        byte[] payload = Arrays.copyOf(origin, origin.length + frame.length);
        System.arraycopy(frame, 0, payload, origin.length, frame.length);
        return payload;
    }

    /** Publishes the events in one write to Redis; whatever Redis does not take goes to the outbox. */
    private void publish(List<Pending> publishes) {
        RedisAsyncCommands<String, byte[]> publisher = redis.publisher();
        if (publisher == null) {
            hold(publishes);
            return;
        }
        for (Pending p : publishes) {
            publisher.publish(p.channel(), p.payload()).whenComplete((n, error) -> {
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
                if (outbox.size() == OUTBOX_LIMIT) {
                    outbox.removeFirst();
                }
                outbox.addLast(pending);
            }
        }
    }

    private void receive(String channel, byte[] message) {
        int from = origin.length;
        if (!channel.startsWith(channelPrefix) || message.length < from || message[from - 1] != SEPARATOR
                || Arrays.equals(message, 0, from, origin, 0, from)) {
            return;
        }
        UUID userId;
        try {
            userId = UUID.fromString(channel.substring(channelPrefix.length()));
        } catch (IllegalArgumentException e) {
            return;
        }
        deliverLocally(userId, message, from);
    }

    private void deliverLocally(UUID userId, byte[] frame, int from) {
        Set<WebSocketSession> mine = sessions.get(userId);
        if (mine != null) {
            for (WebSocketSession session : mine) {
                toSocket(session, frame, from);
            }
        }
    }

    private CompletableFuture<Void> subscribe(List<String> channels) {
        RedisPubSubAsyncCommands<String, byte[]> pubSub = redis.pubSubAsync();
        if (pubSub == null || !redis.isUp() || channels.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return pubSub.subscribe(channels.toArray(String[]::new)).toCompletableFuture()
                .handle((ok, error) -> null);
    }

    @Override
    public void redisUp() {
        List<String> channels = localUsers().stream().map(this::channel).toList();
        try {
            subscribe(channels).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("chat: re-subscribing after Redis came back failed", e);
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
        }
        publish(pending);
        if (!pending.isEmpty()) {
            LOG.info("chat: published {} events held while Redis was away", pending.size());
        }
    }

    int outboxSize() {
        synchronized (outbox) {
            return outbox.size();
        }
    }

    private String channel(UUID userId) {
        return channelPrefix + userId;
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
