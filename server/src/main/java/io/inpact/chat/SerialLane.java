package io.inpact.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one socket's work on the shared worker pool one task at a time, in arrival order, so that two
 * sends from the same socket are stored in the order they were sent. Refuses work beyond
 * {@link #LIMIT} queued tasks instead of growing without bound.
 */
final class SerialLane {

    static final int LIMIT = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(SerialLane.class);

    private final Executor pool;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();

    SerialLane(Executor pool) {
        this.pool = pool;
    }

    /** False when the lane is full and the task was not accepted. */
    boolean offer(Runnable task) {
        if (queued.incrementAndGet() > LIMIT) {
            queued.decrementAndGet();
            return false;
        }
        queue.add(task);
        schedule();
        return true;
    }

    private void schedule() {
        if (running.compareAndSet(false, true)) {
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // the server is shutting down: what is left of this socket's work is dropped
                queue.clear();
                queued.set(0);
                running.set(false);
            }
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = queue.poll()) != null) {
                queued.decrementAndGet();
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("chat: socket task failed", e);
                }
            }
        } finally {
            running.set(false);
            if (!queue.isEmpty()) {
                schedule();
            }
        }
    }
}
