package io.inpact.chat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A queue drained in batches by one thread, in arrival order, with or without a linger. */
class BatcherTest {

    private final BlockingQueue<List<String>> handled = new LinkedBlockingQueue<>();
    private Batcher<String> batcher;

    /** The batcher reuses its list once the handler returns. */
    private void handle(List<String> batch) {
        handled.add(List.copyOf(batch));
    }

    @AfterEach
    void close() {
        batcher.close(1_000);
    }

    @Test
    void shouldHandleAnItemAtOnceWhenThereIsNoLinger() throws InterruptedException {
        batcher = new Batcher<>("test-batcher", 10, 10, Duration.ZERO, this::handle);

        batcher.offer("first");
        List<String> firstBatch = handled.poll(5, TimeUnit.SECONDS);
        batcher.offer("second");

        assertThat(firstBatch).containsExactly("first");
        assertThat(handled.poll(5, TimeUnit.SECONDS)).containsExactly("second");
    }

    @Test
    void shouldGatherWhatArrivesWithinTheLingerIntoOneBatch() throws InterruptedException {
        batcher = new Batcher<>("test-batcher", 10, 10, Duration.ofSeconds(30), this::handle);

        batcher.offer("first");
        Thread.sleep(50);
        batcher.offer("second");
        batcher.offer("third");

        // three of ten, well within the linger: nothing is handled yet
        assertThat(handled.poll(200, TimeUnit.MILLISECONDS)).isNull();
        for (int i = 4; i <= 10; i++) {
            batcher.offer("item " + i);
        }
        assertThat(handled.poll(5, TimeUnit.SECONDS)).hasSize(10).startsWith("first", "second", "third");
    }

    @Test
    void shouldHandleABatchOnceTheLingerHasPassed() throws InterruptedException {
        batcher = new Batcher<>("test-batcher", 10, 10, Duration.ofMillis(100), this::handle);

        batcher.offer("first");
        batcher.offer("second");

        assertThat(handled.poll(5, TimeUnit.SECONDS)).containsExactly("first", "second");
    }

    @Test
    void shouldHandleWhatIsQueuedAtOnceWhenClosedDuringTheLinger() throws InterruptedException {
        batcher = new Batcher<>("test-batcher", 10, 10, Duration.ofSeconds(30), this::handle);
        batcher.offer("first");
        batcher.offer("second");

        batcher.close(5_000);

        // handled before close returned, not once the linger ran out
        assertThat(handled.poll()).containsExactly("first", "second");
        assertThat(batcher.offer("late")).isFalse();
    }
}
