package io.inpact.chat;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The bounded pool that runs the chat's blocking work (JDBC, Redis waits) off the Netty event loop. */
@Singleton
class ChatWorkers {

    private final ExecutorService pool;

    ChatWorkers(ChatConfig config) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.workers(), r -> {
            Thread t = new Thread(r, "chat-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    SerialLane newLane() {
        return new SerialLane(pool);
    }

    @PreDestroy
    void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
