package io.inpact.chat;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubListener;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.pubsub.api.async.RedisPubSubAsyncCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micronaut.configuration.lettuce.DefaultRedisConfiguration;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The chat's own Redis connections: one for commands, one for the fan-out's publishes (buffered until
 * {@link #flushPublisher()} writes them out together) and one for pub/sub, the last two carrying frames as the
 * bytes they are written to sockets as. Commands are rejected at once while Redis is unreachable instead of
 * queueing, so a send never waits on a dead Redis: the message is already in PostgreSQL and the fan-out falls
 * back. A probe every {@code inpact.chat.redis-probe-interval} (half a second) tells listeners when Redis is
 * lost and when it is back. A connection that dropped and came back between two probes (Redis restarted
 * quickly, a network blip) counts as an outage too: what it carried meanwhile is lost, so listeners hear
 * {@code redisUp} again.
 */
@Singleton
class ChatRedis {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
    /** Consecutive unanswered probes, on an open connection, that count as losing Redis. */
    private static final int FAILED_PROBES_FOR_DOWN = 3;
    /** Channel names as text, messages as bytes: a frame is encoded once, for Redis and the sockets alike. */
    private static final RedisCodec<String, byte[]> FRAMES = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final Logger LOG = LoggerFactory.getLogger(ChatRedis.class);

    /** Told about Redis coming and going; called on the probe thread. */
    interface StateListener {
        void redisUp();

        void redisDown();
    }

    private final String prefix;
    private final String clientName = "inpact-chat-" + UUID.randomUUID();
    private final AtomicLong disconnects = new AtomicLong();
    private long disconnectsSeen;
    private final ClientResources resources;
    private final RedisClient client;
    private final ScheduledExecutorService probe;
    private final List<StateListener> listeners = new CopyOnWriteArrayList<>();
    private final List<RedisPubSubListener<String, byte[]>> pubSubListeners = new CopyOnWriteArrayList<>();
    private volatile StatefulRedisConnection<String, String> commands;
    private volatile StatefulRedisConnection<String, byte[]> publisher;
    private volatile StatefulRedisPubSubConnection<String, byte[]> pubSub;
    private volatile boolean up;
    private int failedProbes;

    ChatRedis(DefaultRedisConfiguration configuration, @Value("${inpact.redis.key-prefix}") String prefix,
              @Value("${inpact.chat.redis-probe-interval:500ms}") Duration probeInterval) {
        this.prefix = prefix;
        RedisURI uri = RedisURI.builder(configuration.getUri().orElse(configuration)).withTimeout(COMMAND_TIMEOUT)
                .withClientName(clientName).build();
        this.resources = ClientResources.builder()
                // three connections, three I/O threads (handed out round-robin, so each usually has its own):
                // a backlog of pub/sub deliveries on a starved replica should not hold up the probe's PING
                .ioThreadPoolSize(3)
                .computationThreadPoolSize(1)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, uri);
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                disconnects.incrementAndGet();
            }
        });
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        this.probe = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chat-redis-probe");
            t.setDaemon(true);
            return t;
        });
        check();
        probe.scheduleWithFixedDelay(this::check, probeInterval.toMillis(), probeInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    String key(String name) {
        return prefix + name;
    }

    /** The name this replica's chat connections give themselves in Redis ({@code CLIENT LIST}). */
    String clientName() {
        return clientName;
    }

    boolean isUp() {
        return up;
    }

    void addStateListener(StateListener listener) {
        listeners.add(listener);
    }

    void addPubSubListener(RedisPubSubListener<String, byte[]> listener) {
        pubSubListeners.add(listener);
        StatefulRedisPubSubConnection<String, byte[]> connection = pubSub;
        if (connection != null) {
            connection.addListener(listener);
        }
    }

    /** Async commands, or null while Redis was never reached. */
    RedisAsyncCommands<String, String> async() {
        StatefulRedisConnection<String, String> connection = commands;
        return connection == null ? null : connection.async();
    }

    /** Commands for publishing frames, buffered until {@link #flushPublisher()}; null while Redis was never reached. */
    RedisAsyncCommands<String, byte[]> publisher() {
        StatefulRedisConnection<String, byte[]> connection = publisher;
        return connection == null ? null : connection.async();
    }

    /** Writes every buffered publish (any thread's) to Redis in one go. */
    void flushPublisher() {
        StatefulRedisConnection<String, byte[]> connection = publisher;
        if (connection != null) {
            connection.flushCommands();
        }
    }

    RedisPubSubAsyncCommands<String, byte[]> pubSubAsync() {
        StatefulRedisPubSubConnection<String, byte[]> connection = pubSub;
        return connection == null ? null : connection.async();
    }

    /** One probe; the schedule runs it, and a test may run one at a moment of its choosing. */
    synchronized void check() {
        long disconnectsNow = disconnects.get();
        boolean reconnected = disconnectsNow != disconnectsSeen;
        disconnectsSeen = disconnectsNow;
        boolean reachable;
        if (!connectIfNeeded() || !connected()) {
            failedProbes = FAILED_PROBES_FOR_DOWN;
            reachable = false;
        } else if (ping()) {
            failedProbes = 0;
            reachable = true;
        } else {
            // a slow answer on a starved CPU is not an outage: only a run of them is
            failedProbes++;
            reachable = failedProbes < FAILED_PROBES_FOR_DOWN;
        }
        boolean droppedUnseen = up && reachable && reconnected;
        if (droppedUnseen) {
            LOG.warn("chat: a Redis connection dropped and came back between two probes; recovering as after an outage");
        }
        if (reachable != up || droppedUnseen) {
            up = reachable;
            LOG.info(reachable ? "chat: Redis is reachable, fan-out resumes" : "chat: Redis lost, messages are stored but not fanned out");
            for (StateListener listener : listeners) {
                try {
                    if (reachable) {
                        listener.redisUp();
                    } else {
                        listener.redisDown();
                    }
                } catch (RuntimeException e) {
                    LOG.warn("chat: Redis state listener failed", e);
                }
            }
        }
    }

    /** All three connections are open (lettuce reconnects a dropped one by itself). */
    boolean connected() {
        return commands != null && commands.isOpen() && publisher != null && publisher.isOpen()
                && pubSub != null && pubSub.isOpen();
    }

    private boolean connectIfNeeded() {
        if (commands != null && publisher != null && pubSub != null) {
            return true;
        }
        try {
            if (commands == null) {
                commands = client.connect(StringCodec.UTF8);
            }
            if (publisher == null) {
                StatefulRedisConnection<String, byte[]> connection = client.connect(FRAMES);
                connection.setAutoFlushCommands(false);
                publisher = connection;
            }
            if (pubSub == null) {
                StatefulRedisPubSubConnection<String, byte[]> connection = client.connectPubSub(FRAMES);
                pubSubListeners.forEach(connection::addListener);
                pubSub = connection;
            }
            return true;
        } catch (RuntimeException e) {
            LOG.debug("chat: Redis not reachable yet: {}", e.getMessage());
            return false;
        }
    }

    private boolean ping() {
        try {
            return "PONG".equals(commands.async().ping().get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    @PreDestroy
    void close() {
        probe.shutdownNow();
        try {
            if (pubSub != null) {
                pubSub.close();
            }
            if (commands != null) {
                commands.close();
            }
            if (publisher != null) {
                publisher.close();
            }
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            resources.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }
}
