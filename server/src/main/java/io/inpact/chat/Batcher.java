package io.inpact.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A bounded queue that one thread drains in batches, in arrival order: whatever arrives while a batch
 * is being handled goes into the next one, so under load batches grow and each costs one round of
 * work (one transaction) instead of one per item. Without a linger an item that finds the thread idle
 * is handled at once, alone; with one, a batch waits up to the linger after its first item for more.
 */
final class Batcher<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Batcher.class);
    private static final long REPORT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final BlockingQueue<T> queue;
    private final int maxBatch;
    private final long lingerNanos;
    private final Consumer<List<T>> handler;
    private final Thread thread;
    private volatile boolean open = true;
    private long items;
    private long batches;
    private long busyNanos;
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
        return open && queue.offer(item);
    }

    private void run() {
        List<T> batch = new ArrayList<>(maxBatch);
        while (open || !queue.isEmpty()) {
            try {
                T first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                linger(batch);
                long started = System.nanoTime();
                handler.accept(batch);
                count(batch.size(), started);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("chat: batch of {} failed", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    /** Waits for more items until the batch is full or the linger since its first item has passed. */
    private void linger(List<T> batch) throws InterruptedException {
        long deadline = System.nanoTime() + lingerNanos;
        long left = lingerNanos;
        while (left > 0 && batch.size() < maxBatch) {
            T next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, maxBatch - batch.size());
            left = deadline - System.nanoTime();
        }
    }

    /** At debug level, every {@link #REPORT_NANOS}: how many items, in how many batches, and how busy the thread was. */
    private void count(int size, long started) {
        long now = System.nanoTime();
        items += size;
        batches++;
        busyNanos += now - started;
        if (now - reportedAt >= REPORT_NANOS && LOG.isDebugEnabled()) {
            LOG.debug("{}: {} items in {} batches ({} per batch, {} ms each), busy {}%, {} queued", thread.getName(),
                    items, batches, items / batches, busyNanos / batches / 1_000_000, busyNanos * 100 / (now - reportedAt),
                    queue.size());
            items = 0;
            batches = 0;
            busyNanos = 0;
            reportedAt = now;
        }
    }

    /** Stops accepting, handles what is already queued, and waits for that up to {@code waitMillis}. */
    void close(long waitMillis) {
        open = false;
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
