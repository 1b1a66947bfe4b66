package io.inpact.api.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AckGathererTest {

    private static final long INTERVAL = 1000;

    /** Waits exactly the interval: the middle of the range it is drawn from. */
    private static AckGatherer gatherer() {
        return new AckGatherer(INTERVAL, () -> 0.5);
    }

    @Test
    void shouldAcknowledgeAtOnceAfterAQuietSpell() {
        AckGatherer acks = gatherer();

        assertEquals(0, acks.add("c1", 7, 10_000));
        assertEquals(List.of(ClientFrame.ack("c1", 7)), acks.take(10_000));
        assertEquals(List.of(), acks.take(10_001));
    }

    @Test
    void shouldGatherWhatArrivesWithinTheIntervalIntoOneMarkPerConversation() {
        AckGatherer acks = gatherer();
        acks.add("c1", 1, 10_000);
        acks.take(10_000);

        assertEquals(900, acks.add("c1", 3, 10_100));
        assertEquals(AckGatherer.WAITING, acks.add("c2", 4, 10_200));
        assertEquals(AckGatherer.WAITING, acks.add("c1", 5, 10_300));

        assertEquals(List.of(ClientFrame.ack("c1", 5), ClientFrame.ack("c2", 4)), acks.take(11_000));
        assertEquals(1000, acks.add("c1", 6, 11_000));
    }

    @Test
    void shouldKeepTheHighestSeqWhenMessagesArriveOutOfOrder() {
        AckGatherer acks = gatherer();

        acks.add("c1", 9, 10_000);
        acks.add("c1", 8, 10_000);

        assertEquals(List.of(ClientFrame.ack("c1", 9)), acks.take(10_000));
    }

    @Test
    void shouldDrawTheWaitAfterAFrameBetweenThreeAndFiveQuartersOfTheInterval() {
        AckGatherer early = new AckGatherer(INTERVAL, () -> 0.0);
        AckGatherer late = new AckGatherer(INTERVAL, () -> 0.999);
        early.add("c1", 1, 10_000);
        early.take(10_000);
        late.add("c1", 1, 10_000);
        late.take(10_000);

        assertEquals(750, early.add("c1", 2, 10_000));
        assertEquals(1249, late.add("c1", 2, 10_000));
    }

    @Test
    void shouldOweFramesAgainWhenTheyCouldNotBeSent() {
        AckGatherer acks = gatherer();
        acks.add("c1", 1, 10_000);
        List<ClientFrame> unsent = acks.take(10_000);
        acks.add("c1", 2, 10_100);

        acks.putBack(unsent);

        assertEquals(List.of(ClientFrame.ack("c1", 2)), acks.take(11_000));
    }

    @Test
    void shouldOweNothingOnceCleared() {
        AckGatherer acks = gatherer();
        acks.add("c1", 1, 10_000);

        acks.clear();

        assertEquals(List.of(), acks.take(10_000));
        assertEquals(0, acks.add("c1", 2, 20_000));
    }
}
