package io.inpact.spa.pages.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.inpact.api.chat.MessageHistory;
import io.inpact.api.chat.MessageStatus;
import io.inpact.api.chat.MessageView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageThreadTest {

    private static final String ME = "me";
    private static final String THEM = "them";

    @Test
    void shouldShowTheNewestPageOldestFirstAndOfferOlderWhenTheServerHasMore() {
        MessageThread thread = new MessageThread();

        thread.newest(page(11, 20, true));

        assertEquals(ids(11, 20), shown(thread));
        assertTrue(thread.hasOlder());
    }

    @Test
    void shouldPrependOlderPagesWithoutDuplicatesUntilThereAreNoMore() {
        MessageThread thread = new MessageThread();
        thread.newest(page(21, 30, true));

        assertEquals("m21", thread.startOlder());
        thread.older(page(11, 21, true));
        assertEquals("m11", thread.startOlder());
        thread.older(page(1, 10, false));

        assertEquals(ids(1, 30), shown(thread));
        assertFalse(thread.hasOlder());
        assertNull(thread.startOlder());
    }

    @Test
    void shouldAskForOneOlderPageAtATimeWhenScrollEventsRepeat() {
        MessageThread thread = new MessageThread();
        thread.newest(page(21, 30, true));

        String first = thread.startOlder();
        String whileLoading = thread.startOlder();

        assertEquals("m21", first);
        assertNull(whileLoading);
        assertTrue(thread.loadingOlder());
    }

    @Test
    void shouldAllowAnotherTryWhenLoadingOlderFailed() {
        MessageThread thread = new MessageThread();
        thread.newest(page(21, 30, true));
        thread.startOlder();

        thread.olderFailed();

        assertFalse(thread.loadingOlder());
        assertEquals("m21", thread.startOlder());
    }

    @Test
    void shouldJoinTheCatchUpPageWithWhatIsShownWhenTheyOverlap() {
        MessageThread thread = new MessageThread();
        thread.newest(page(11, 20, true));
        thread.older(page(1, 10, false));

        thread.newest(page(16, 25, true));

        assertEquals(ids(1, 25), shown(thread));
        assertFalse(thread.hasOlder());
    }

    @Test
    void shouldStartOverFromTheCatchUpPageWhenMoreWasMissedThanOnePageHolds() {
        MessageThread thread = new MessageThread();
        thread.newest(page(1, 10, false));

        thread.newest(page(31, 40, true));

        assertEquals(ids(31, 40), shown(thread));
        assertEquals("m31", thread.startOlder());
    }

    @Test
    void shouldAppendALiveMessageOnceWhenItArrivesAgainInTheCatchUp() {
        MessageThread thread = new MessageThread();
        thread.newest(page(1, 10, false));

        thread.received(message(11, MessageStatus.SENT));
        thread.received(message(11, MessageStatus.SENT));
        thread.newest(page(2, 11, true));

        assertEquals(ids(1, 11), shown(thread));
    }

    @Test
    void shouldKeepAMessageArrivedLiveAfterTheCatchUpWasAnswered() {
        MessageThread thread = new MessageThread();
        thread.newest(page(1, 10, false));
        thread.received(message(12, MessageStatus.SENT));

        thread.newest(page(2, 11, true));

        List<String> expected = ids(1, 11);
        expected.add("m12");
        assertEquals(expected, shown(thread));
    }

    @Test
    void shouldOnlyMoveAStatusForwardWhenUpdatesArriveOutOfOrder() {
        MessageThread thread = new MessageThread();
        thread.newest(page(1, 3, false));

        assertTrue(thread.status("m2", MessageStatus.SEEN));
        assertFalse(thread.status("m2", MessageStatus.DELIVERED));
        thread.newest(new MessageHistory(List.of(message(3, MessageStatus.SENT), message(2, MessageStatus.DELIVERED)),
                2, true, "m2"));

        assertEquals(MessageStatus.SEEN, thread.items().get(1).status());
        assertFalse(thread.status("m404", MessageStatus.SEEN));
    }

    @Test
    void shouldMoveMyMessagesUpToASeqForwardWhenAStatusCoversThemByMark() {
        MessageThread thread = new MessageThread();
        thread.newest(page(1, 6, false));
        thread.status("m2", MessageStatus.SEEN);

        assertTrue(thread.statusUpTo(ME, 4, MessageStatus.DELIVERED));
        assertFalse(thread.statusUpTo(ME, 4, MessageStatus.DELIVERED));

        List<MessageStatus> statuses = new ArrayList<>();
        thread.items().forEach(m -> statuses.add(m.status()));
        assertEquals(List.of(MessageStatus.SENT, MessageStatus.SEEN, MessageStatus.SENT, MessageStatus.DELIVERED,
                MessageStatus.SENT, MessageStatus.SENT), statuses);
    }

    @Test
    void shouldShowASendAtOnceAndReplaceItWithTheStoredMessageWhenConfirmed() {
        MessageThread thread = new MessageThread();
        thread.newest(page(1, 2, false));

        thread.sending("c1", "conv", ME, "hello");
        List<MessageView> before = thread.items();
        thread.received(new MessageView("m3", "conv", 3, ME, "hello", "2026-01-01T00:00:03Z", MessageStatus.SENT, "c1"));

        assertNull(before.get(2).id());
        assertEquals("c1", before.get(2).clientId());
        assertEquals(List.of("m1", "m2", "m3"), shown(thread));
        assertTrue(thread.unconfirmed().isEmpty());
    }

    @Test
    void shouldKeepUnconfirmedSendsLastAcrossACatchUpAndDropThemWhenRefused() {
        MessageThread thread = new MessageThread();
        thread.newest(page(1, 2, false));
        thread.sending("c1", "conv", ME, "one");
        thread.sending("c2", "conv", ME, "two");

        thread.newest(page(1, 3, false));
        thread.refused("c1");

        List<MessageView> items = thread.items();
        assertEquals(4, items.size());
        assertEquals("c2", items.get(3).clientId());
        assertEquals(1, thread.unconfirmed().size());
    }

    @Test
    void shouldPlaceALiveMessageByItsSeqWhenItArrivesAfterANewerOne() {
        MessageThread thread = new MessageThread();
        thread.newest(page(1, 3, false));

        thread.received(message(5, MessageStatus.SENT));
        thread.received(message(4, MessageStatus.SENT));

        assertEquals(ids(1, 5), shown(thread));
    }

    @Test
    void shouldKeepOneSeqOrderWhenTheCatchUpPageOverlapsLiveMessages() {
        MessageThread thread = new MessageThread();
        thread.newest(page(1, 4, false));
        thread.received(message(7, MessageStatus.SENT));

        thread.newest(page(3, 8, true));

        assertEquals(ids(1, 8), shown(thread));
    }

    /** Messages from..to as the server answers them: newest first, with nextBefore when it has more. */
    private static MessageHistory page(int from, int to, boolean hasMore) {
        List<MessageView> items = new ArrayList<>();
        for (int i = to; i >= from; i--) {
            items.add(message(i, MessageStatus.SENT));
        }
        return new MessageHistory(items, items.size(), hasMore, hasMore ? "m" + from : null);
    }

    private static MessageView message(int n, MessageStatus status) {
        return new MessageView("m" + n, "conv", n, n % 2 == 0 ? ME : THEM, "text " + n,
                "2026-01-01T00:00:" + (n < 10 ? "0" + n : String.valueOf(n)) + "Z", status, null);
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ids.add("m" + i);
        }
        return ids;
    }

    private static List<String> shown(MessageThread thread) {
        List<String> ids = new ArrayList<>();
        for (MessageView m : thread.items()) {
            ids.add(m.id());
        }
        return ids;
    }
}
