package io.inpact.api.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AckGathererTest {

    private static final long INTERVAL = 250;

    @Test
    void shouldAcknowledgeAtOnceAfterAQuietSpell() {
        AckGatherer acks = new AckGatherer(INTERVAL, 100);

        assertEquals(0, acks.add("m1", 10_000));
        assertEquals(List.of("m1"), acks.take(10_000));
        assertFalse(acks.hasPending());
    }

    @Test
    void shouldGatherWhatArrivesWithinTheIntervalIntoOneFrame() {
        AckGatherer acks = new AckGatherer(INTERVAL, 100);
        acks.add("m1", 10_000);
        acks.take(10_000);

        assertEquals(150, acks.add("m2", 10_100));
        assertEquals(AckGatherer.WAITING, acks.add("m3", 10_200));

        assertEquals(List.of("m2", "m3"), acks.take(10_250));
        assertEquals(250, acks.add("m4", 10_250));
    }

    @Test
    void shouldOweAMessageOnceWhenItArrivesTwice() {
        AckGatherer acks = new AckGatherer(INTERVAL, 100);

        acks.add("m1", 10_000);
        acks.add("m1", 10_000);

        assertEquals(List.of("m1"), acks.take(10_000));
    }

    @Test
    void shouldSplitABurstLargerThanAFrameTakes() {
        AckGatherer acks = new AckGatherer(INTERVAL, 2);
        acks.add("m1", 10_000);
        acks.add("m2", 10_000);
        acks.add("m3", 10_000);

        assertEquals(List.of("m1", "m2"), acks.take(10_000));
        assertTrue(acks.hasPending());
        assertEquals(List.of("m3"), acks.take(10_250));
    }

    @Test
    void shouldOweAFrameAgainFirstWhenItCouldNotBeSent() {
        AckGatherer acks = new AckGatherer(INTERVAL, 100);
        acks.add("m1", 10_000);
        List<String> unsent = acks.take(10_000);
        acks.add("m2", 10_100);

        acks.putBack(unsent);

        assertEquals(List.of("m1", "m2"), acks.take(10_250));
    }

    @Test
    void shouldOweNothingOnceCleared() {
        AckGatherer acks = new AckGatherer(INTERVAL, 100);
        acks.add("m1", 10_000);

        acks.clear();

        assertEquals(List.of(), acks.take(10_000));
        assertEquals(0, acks.add("m2", 20_000));
    }
}
