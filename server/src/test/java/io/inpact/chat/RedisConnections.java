package io.inpact.chat;

import io.lettuce.core.KillArgs;
import io.lettuce.core.api.StatefulRedisConnection;

import java.util.Arrays;
import java.util.List;

/** A replica's chat connections as Redis lists them ({@code CLIENT LIST}), found by the name they give themselves. */
final class RedisConnections {

    private RedisConnections() {
    }

    static List<Long> named(StatefulRedisConnection<String, String> admin, String name) {
        return Arrays.stream(admin.sync().clientList().split("\n"))
                .filter(line -> line.contains(" name=" + name + " "))
                .map(line -> Long.parseLong(line.substring("id=".length(), line.indexOf(' '))))
                .toList();
    }

    /** What a quick Redis restart or a network blip does to them: they drop, and lettuce connects them again. */
    static List<Long> drop(StatefulRedisConnection<String, String> admin, String name) {
        List<Long> ids = named(admin, name);
        ids.forEach(id -> admin.sync().clientKill(KillArgs.Builder.id(id)));
        return ids;
    }
}
