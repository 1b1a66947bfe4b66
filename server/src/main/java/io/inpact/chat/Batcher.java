package io.inpact.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A bounded queue that one thread drains in batches, in arrival order: whatever arrives while a batch
 * is being handled goes into the next one, so under load batches grow and each costs one round of
 * work (one transaction) instead of one per item. Without a linger an item that finds the thread idle
 * is handled at once, alone; with one, a batch waits up to the linger after its first item for more.
 *
 * <p>An item wakes the thread only when the thread needs it: when it waits for a batch's first item, or
 * when the items queued fill the batch it lingers over. Items that arrive during the linger or while a
 * batch is handled just queue (a wake-up per item would cost a system call and a context switch each).
 */
final class Batcher<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Batcher.class);
    private static final long REPORT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int ASLEEP = Integer.MAX_VALUE;

    private final BlockingQueue<T> queue;
    private final int maxBatch;
    private final long lingerNanos;
    private final Consumer<List<T>> handler;
    private final Thread thread;
    private volatile boolean open = true;
    /** How many queued items make {@link #offer} wake the thread; {@link #ASLEEP} while it needs none. */
    private volatile int wakeAt = ASLEEP;
    private long items;
    private long batches;
    private long busyNanos;
    private long slowestNanos;
    private long reportedAt = System.nanoTime();

    Batcher(String name, int capacity, int maxBatch, Duration linger, Consumer<List<T>> handler) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        this.lingerNanos = linger.toNanos();
        this.handler = handler;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** False when the queue is full or closed: the caller refuses the item. */
    boolean offer(T item) {
        if (!open || !queue.offer(item)) {
            return false;
        }
        if (queue.size() >= wakeAt) {
            LockSupport.unpark(thread);
        }
        return true;
    }

    private void run() {
        List<T> batch = new ArrayList<>(maxBatch);
        while ((open || !queue.isEmpty()) && !thread.isInterrupted()) {
            try {
                if (!await(1, System.nanoTime() + IDLE_NANOS)) {
                    continue;
                }
                long deadline = System.nanoTime() + lingerNanos;
                queue.drainTo(batch, maxBatch);
                if (lingerNanos > 0 && batch.size() < maxBatch) {
                    await(maxBatch - batch.size(), deadline);
                    queue.drainTo(batch, maxBatch - batch.size());
                }
                long started = System.nanoTime();
                handler.accept(batch);
                count(batch.size(), started);
            } catch (RuntimeException e) {
                LOG.warn("chat: batch of {} failed", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Parks until {@code items} are queued or {@code deadline} (a {@link System#nanoTime()}) has passed; true
     * when the items are there. {@link #offer} reads {@link #wakeAt} after queuing and this reads the queue
     * after setting it, so one of the two always sees the other.
     */
    private boolean await(int items, long deadline) {
        while (queue.size() < items) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !open) {
                return false;
            }
            wakeAt = items;
            if (queue.size() < items) {
                LockSupport.parkNanos(this, left);
            }
            wakeAt = ASLEEP;
        }
        return true;
    }

    /**
     * At debug level, every {@link #REPORT_NANOS}: how many items, in how many batches, how long a batch took on
     * average and at most, and how busy the thread was.
     */
    private void count(int size, long started) {
        long now = System.nanoTime();
        items += size;
        batches++;
        busyNanos += now - started;
        slowestNanos = Math.max(slowestNanos, now - started);
        if (now - reportedAt >= REPORT_NANOS && LOG.isDebugEnabled()) {
            LOG.debug("{}: {} items in {} batches ({} per batch, {} ms each, the slowest {} ms), busy {}%, {} queued",
                    thread.getName(), items, batches, items / batches, busyNanos / batches / 1_000_000,
                    slowestNanos / 1_000_000, busyNanos * 100 / (now - reportedAt), queue.size());
            items = 0;
            batches = 0;
            busyNanos = 0;
            slowestNanos = 0;
            reportedAt = now;
        }
    }

    /** Stops accepting, handles what is already queued, and waits for that up to {@code waitMillis}. */
    void close(long waitMillis) {
        open = false;
        LockSupport.unpark(thread);
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
