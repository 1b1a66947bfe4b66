package io.inpact.chat;

import io.inpact.system.ApiException;
import io.inpact.api.chat.PresenceView;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Who is online, kept in Redis so every replica agrees. Each socket is a member of its user's sorted
 * set {@code presence:user:<id>} scored with the instant its heartbeat expires; the replica holding
 * the socket refreshes that score every heartbeat. {@code presence:online} holds every user with a
 * live member, scored with the latest expiry, so a sweep on any replica finds users whose replica died
 * without saying goodbye. {@code presence:seen:<id>} is the last instant a user was known online.
 */
@Singleton
class Presence {

    private static final Duration COMMAND_WAIT = Duration.ofSeconds(2);
    private static final Duration LAST_SEEN_KEPT = Duration.ofDays(90);
    /** Drops a user's expired sockets; if none is left, removes the user from the online set. 1 = went offline. */
    private static final String SWEEP = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            if redis.call('ZCARD', KEYS[1]) == 0 then
              return redis.call('ZREM', KEYS[2], ARGV[2])
            end
            return 0
            """;
    /**
     * Refreshes sockets in one call: KEYS are the online set, then each socket's user set and last-seen key;
     * ARGV the expiry, the user set's time to live (ms), now, the last-seen time to live (s), then each
     * socket's connection id and user id.
     */
    private static final String REFRESH = """
            for i = 2, #KEYS, 2 do
              redis.call('ZADD', KEYS[i], ARGV[1], ARGV[i + 3])
              redis.call('PEXPIRE', KEYS[i], ARGV[2])
              redis.call('ZADD', KEYS[1], 'GT', ARGV[1], ARGV[i + 4])
              redis.call('SET', KEYS[i + 1], ARGV[3], 'EX', ARGV[4])
            end
            return 0
            """;
    /** Sockets per refresh call, so that one heartbeat never holds Redis for long. */
    private static final int REFRESH_CHUNK = 200;

    private final ChatRedis redis;
    private final ChatConfig config;
    /** Sockets this replica holds: user id → connection ids. */
    private final ConcurrentHashMap<UUID, Set<String>> local = new ConcurrentHashMap<>();

    Presence(ChatRedis redis, ChatConfig config) {
        this.redis = redis;
        this.config = config;
    }

    /** Records a new socket; true when the user was offline before it. */
    boolean connected(UUID userId, String connectionId) {
        local.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(connectionId);
        RedisAsyncCommands<String, String> commands = commands();
        if (commands == null) {
            return false;
        }
        long now = System.currentTimeMillis();
        boolean wasOnline = await(commands.zcount(userKey(userId), Range.create((double) now, Double.POSITIVE_INFINITY)), 0L) > 0;
        refresh(commands, List.of(Map.entry(userId, connectionId)), now);
        return !wasOnline;
    }

    /** Forgets a socket; true when it was the user's last live one anywhere. */
    boolean disconnected(UUID userId, String connectionId) {
        local.computeIfPresent(userId, (id, ids) -> {
            ids.remove(connectionId);
            return ids.isEmpty() ? null : ids;
        });
        RedisAsyncCommands<String, String> commands = commands();
        if (commands == null) {
            return false;
        }
        long now = System.currentTimeMillis();
        commands.zrem(userKey(userId), connectionId);
        commands.set(seenKey(userId), Long.toString(now), SetArgs.Builder.ex(LAST_SEEN_KEPT));
        return sweep(commands, userId, now);
    }

    /** Refreshes every socket this replica holds; run every heartbeat. */
    void heartbeat() {
        RedisAsyncCommands<String, String> commands = commands();
        if (commands == null) {
            return;
        }
        long now = System.currentTimeMillis();
        List<Map.Entry<UUID, String>> sockets = new ArrayList<>();
        local.forEach((userId, ids) -> ids.forEach(id -> sockets.add(Map.entry(userId, id))));
        for (int from = 0; from < sockets.size(); from += REFRESH_CHUNK) {
            refresh(commands, sockets.subList(from, Math.min(from + REFRESH_CHUNK, sockets.size())), now);
        }
    }

    /** Users whose every socket expired (their replica died); each is reported by exactly one replica. */
    List<UUID> sweepExpired() {
        RedisAsyncCommands<String, String> commands = commands();
        if (commands == null) {
            return List.of();
        }
        long now = System.currentTimeMillis();
        List<String> candidates = await(commands.zrangebyscore(onlineKey(),
                Range.create(Double.NEGATIVE_INFINITY, (double) now)), List.of());
        return candidates.stream()
                .map(UUID::fromString)
                .filter(userId -> sweep(commands, userId, now))
                .toList();
    }

    PresenceView of(UUID userId) {
        RedisAsyncCommands<String, String> commands = commands();
        if (commands == null) {
            throw ApiException.unavailable("presence is unavailable while Redis is unreachable");
        }
        long now = System.currentTimeMillis();
        boolean online = await(commands.zcount(userKey(userId), Range.create((double) now, Double.POSITIVE_INFINITY)), 0L) > 0;
        String seen = await(commands.get(seenKey(userId)), null);
        String lastSeen = online ? MessageRow.iso(Instant.ofEpochMilli(now))
                : seen == null ? null : MessageRow.iso(Instant.ofEpochMilli(Long.parseLong(seen)));
        return new PresenceView(online, lastSeen);
    }

    /** Like {@link #of} but offline/unknown instead of failing while Redis is away. */
    PresenceView safely(UUID userId) {
        return redis.isUp() ? of(userId) : new PresenceView(false, null);
    }

    boolean isOnline(UUID userId) {
        RedisAsyncCommands<String, String> commands = commands();
        if (commands == null) {
            return false;
        }
        long now = System.currentTimeMillis();
        return await(commands.zcount(userKey(userId), Range.create((double) now, Double.POSITIVE_INFINITY)), 0L) > 0;
    }

    /** Marks each socket (user id, connection id) live for another time to live, all in one Redis call. */
    private void refresh(RedisAsyncCommands<String, String> commands, List<Map.Entry<UUID, String>> sockets, long now) {
        String[] keys = new String[1 + 2 * sockets.size()];
        String[] args = new String[4 + 2 * sockets.size()];
        keys[0] = onlineKey();
        args[0] = Long.toString(now + config.presenceTtl().toMillis());
        args[1] = Long.toString(config.presenceTtl().toMillis() * 2);
        args[2] = Long.toString(now);
        args[3] = Long.toString(LAST_SEEN_KEPT.getSeconds());
        for (int i = 0; i < sockets.size(); i++) {
            UUID userId = sockets.get(i).getKey();
            keys[1 + 2 * i] = userKey(userId);
            keys[2 + 2 * i] = seenKey(userId);
            args[4 + 2 * i] = sockets.get(i).getValue();
            args[5 + 2 * i] = userId.toString();
        }
        commands.eval(REFRESH, ScriptOutputType.INTEGER, keys, args);
    }

    private boolean sweep(RedisAsyncCommands<String, String> commands, UUID userId, long now) {
        Long removed = await(commands.eval(SWEEP, ScriptOutputType.INTEGER,
                new String[] {userKey(userId), onlineKey()}, Long.toString(now), userId.toString()), 0L);
        return removed != null && removed == 1L;
    }

    private RedisAsyncCommands<String, String> commands() {
        return redis.isUp() ? redis.async() : null;
    }

    private static <T> T await(io.lettuce.core.RedisFuture<T> future, T fallback) {
        try {
            return future.get(COMMAND_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return fallback;
        }
    }

    private String userKey(UUID userId) {
        return redis.key("presence:user:" + userId);
    }

    private String onlineKey() {
        return redis.key("presence:online");
    }

    private String seenKey(UUID userId) {
        return redis.key("presence:seen:" + userId);
    }
}
