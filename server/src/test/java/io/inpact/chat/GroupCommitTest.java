package io.inpact.chat;

import io.inpact.api.accounts.Role;
import io.inpact.api.chat.MessageStatus;
import io.inpact.api.chat.UnreadSummary;
import io.inpact.chat.ChatRepository.Ack;
import io.inpact.chat.ChatRepository.AckUpTo;
import io.inpact.chat.ChatRepository.Delivered;
import io.inpact.chat.ChatRepository.DeliveredUpTo;
import io.inpact.chat.ChatRepository.NewMessage;
import io.inpact.chat.ChatRepository.Stored;
import io.inpact.system.ApiException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Messages stored, and their receipts recorded, in batches (one statement each) by two replicas sharing one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupCommitTest {

    /** Replica one's writers wait this long after a batch's first message; replica two's keep the default. */
    private static final Duration LINGER = Duration.ofMillis(400);

    private Replica one;
    private Replica two;
    private ChatRepository storeOne;
    private ChatRepository storeTwo;

    @BeforeAll
    void startReplicas() {
        var shared = Replica.sharedProperties();
        var lingering = new HashMap<>(shared);
        lingering.put("inpact.chat.message-linger", LINGER.toMillis() + "ms");
        one = Replica.start(lingering);
        two = Replica.start(shared);
        storeOne = one.context().getBean(ChatRepository.class);
        storeTwo = two.context().getBean(ChatRepository.class);
    }

    @AfterAll
    void stopReplicas() {
        one.close();
        two.close();
    }

    @Test
    void shouldStoreOnceWhenClientIdIsRetriedInsideOneBatch() {
        Pair pair = pair();

        List<Optional<Stored>> stored = storeOne.storeMessages(List.of(
                pair.fromBrand("same", "hello"), pair.fromBrand("other", "next"), pair.fromBrand("same", "hello")));

        assertThat(stored.get(0).orElseThrow().created()).isTrue();
        assertThat(stored.get(2).orElseThrow().created()).isFalse();
        assertThat(stored.get(2).orElseThrow().message()).isEqualTo(stored.get(0).orElseThrow().message());
        assertThat(history(pair)).extracting(MessageRow::body).containsExactly("hello", "next");
    }

    @Test
    void shouldAnswerStoredMessageWhenClientIdWasStoredByEarlierBatch() {
        Pair pair = pair();
        Stored first = storeOne.storeMessages(List.of(pair.fromBrand("early", "first"))).get(0).orElseThrow();

        List<Optional<Stored>> later = storeTwo.storeMessages(List.of(
                pair.fromBrand("early", "first"), pair.fromCreator("early", "same client id, other sender")));

        Stored retried = later.get(0).orElseThrow();
        assertThat(retried.created()).isFalse();
        assertThat(retried.message().id()).isEqualTo(first.message().id());
        assertThat(retried.message().createdAt()).isEqualTo(first.message().createdAt());
        assertThat(retried.recipientId()).isEqualTo(pair.creator.id());
        assertThat(later.get(1).orElseThrow().created()).isTrue();
        assertThat(later.get(1).orElseThrow().message().seq()).isGreaterThan(first.message().seq());
        assertThat(history(pair)).extracting(MessageRow::body).containsExactly("first", "same client id, other sender");
    }

    @Test
    void shouldStoreTheOthersWhenSenderIsNotParticipant() {
        Pair pair = pair();
        TestUser stranger = one.signUp(Role.CREATOR);

        List<Optional<Stored>> stored = storeOne.storeMessages(List.of(
                pair.fromBrand("a", "one"),
                new NewMessage(pair.conversation, stranger.id(), "intrude", "let me in"),
                new NewMessage(UUID.randomUUID(), pair.brand.id(), "lost", "no such conversation"),
                pair.fromCreator("b", "two")));

        assertThat(stored.get(1)).isEmpty();
        assertThat(stored.get(2)).isEmpty();
        assertThat(stored.get(0).orElseThrow().recipientId()).isEqualTo(pair.creator.id());
        assertThat(stored.get(3).orElseThrow().recipientId()).isEqualTo(pair.brand.id());
        assertThat(history(pair)).extracting(MessageRow::body).containsExactly("one", "two");
    }

    @Test
    void shouldNumberInArrivalOrderWhenBatchSpansConversations() {
        Pair first = pair();
        Pair second = pair();

        storeOne.storeMessages(List.of(first.fromBrand("1", "first 1"), second.fromBrand("1", "second 1"),
                first.fromCreator("2", "first 2"), second.fromCreator("2", "second 2"), first.fromBrand("3", "first 3")));

        assertThat(history(first)).extracting(MessageRow::body).containsExactly("first 1", "first 2", "first 3");
        assertThat(seqs(first)).isSorted().doesNotHaveDuplicates();
        assertThat(history(second)).extracting(MessageRow::body).containsExactly("second 1", "second 2");
    }

    @Test
    void shouldGiveMessagesIdsOrderedByCreation() {
        Pair pair = pair();

        storeOne.storeMessages(List.of(pair.fromBrand("1", "one"), pair.fromCreator("2", "two")));
        storeOne.storeMessages(List.of(pair.fromBrand("3", "three")));

        assertThat(history(pair)).extracting(MessageRow::id).allMatch(id -> id.version() == 7).isSorted();
    }

    @Test
    void shouldKeepOneOrderWhenTwoReplicasWriteSameConversationsConcurrently() throws Exception {
        List<Pair> pairs = List.of(pair(), pair(), pair());
        int batches = 30;
        int perBatch = 12;
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<List<Stored>>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            ChatRepository store = w % 2 == 0 ? storeOne : storeTwo;
            String writer = "w" + w;
            Random random = new Random(w);
            writers.add(threads.submit((Callable<List<Stored>>) () -> {
                List<Stored> mine = new ArrayList<>();
                for (int b = 0; b < batches; b++) {
                    List<NewMessage> batch = new ArrayList<>();
                    for (int i = 0; i < perBatch; i++) {
                        // the conversations in a different order in every batch
                        Pair pair = pairs.get(random.nextInt(pairs.size()));
                        String id = writer + "-" + b + "-" + i;
                        batch.add(message(pair, random.nextBoolean(), id));
                    }
                    store.storeMessages(batch).forEach(s -> mine.add(s.orElseThrow()));
                }
                return mine;
            }));
        }
        List<List<Stored>> results = new ArrayList<>();
        for (Future<List<Stored>> writer : writers) {
            results.add(writer.get(2, TimeUnit.MINUTES));
        }
        threads.shutdown();

        int total = 0;
        for (Pair pair : pairs) {
            List<Long> seqs = seqs(pair);
            total += seqs.size();
            assertThat(seqs).isSorted().doesNotHaveDuplicates();
        }
        assertThat(total).isEqualTo(4 * batches * perBatch);
        assertThat(results.stream().flatMap(List::stream).filter(Stored::created).count()).isEqualTo(total);
        for (List<Stored> mine : results) {
            for (Pair pair : pairs) {
                List<Long> inSendOrder = mine.stream().filter(s -> s.message().conversationId().equals(pair.conversation))
                        .map(s -> s.message().seq()).toList();
                assertThat(inSendOrder).isSorted().doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void shouldCommitMessagesArrivingWithinTheLingerTogether() throws Exception {
        Pair pair = pair();
        MessageWriter writer = one.context().getBean(MessageWriter.class);
        List<ApiException> refused = new CopyOnWriteArrayList<>();

        for (int i = 1; i <= 3; i++) {
            assertThat(writer.send(pair.fromBrand("linger-" + i, "within the linger " + i), refused::add)).isTrue();
            Thread.sleep(LINGER.toMillis() / 8);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> history(pair).size() == 3);
        writer.send(pair.fromCreator("later", "after that commit"), refused::add);
        await().atMost(Duration.ofSeconds(10)).until(() -> history(pair).size() == 4);

        List<String> transactions = writingTransactions(pair);
        assertThat(refused).isEmpty();
        assertThat(transactions.subList(0, 3)).containsOnly(transactions.get(0));
        assertThat(transactions.get(3)).isNotEqualTo(transactions.get(0));
    }

    @Test
    void shouldMarkDeliveredOnceWhenOnlyRecipientAcknowledges() {
        Pair pair = pair();
        List<Optional<Stored>> stored = storeOne.storeMessages(List.of(pair.fromBrand("x", "to the creator"),
                pair.fromBrand("y", "again")));
        UUID first = stored.get(0).orElseThrow().message().id();
        UUID second = stored.get(1).orElseThrow().message().id();

        List<Delivered> changed = storeOne.markDelivered(List.of(new Ack(pair.creator.id(), first),
                new Ack(pair.creator.id(), first), new Ack(pair.brand.id(), second), new Ack(UUID.randomUUID(), second)));
        List<Delivered> again = storeTwo.markDelivered(List.of(new Ack(pair.creator.id(), first)));

        assertThat(changed).containsExactly(new Delivered(first, pair.conversation, pair.brand.id()));
        assertThat(again).isEmpty();
        assertThat(history(pair)).extracting(MessageRow::status)
                .containsExactly(MessageStatus.DELIVERED, MessageStatus.SENT);
    }

    @Test
    void shouldDeliverEveryEarlierMessageWhenRecipientAcknowledgesALaterOne() {
        Pair pair = pair();
        List<UUID> ids = ids(storeOne.storeMessages(List.of(pair.fromBrand("1", "one"), pair.fromBrand("2", "two"),
                pair.fromBrand("3", "three"), pair.fromBrand("4", "four"))));

        List<Delivered> changed = storeOne.markDelivered(List.of(new Ack(pair.creator.id(), ids.get(2))));
        List<Delivered> earlierAcknowledged = storeTwo.markDelivered(List.of(new Ack(pair.creator.id(), ids.get(0))));

        assertThat(changed).extracting(Delivered::messageId).containsExactly(ids.get(0), ids.get(1), ids.get(2));
        assertThat(earlierAcknowledged).isEmpty();
        assertThat(history(pair)).extracting(MessageRow::status)
                .containsExactly(MessageStatus.DELIVERED, MessageStatus.DELIVERED, MessageStatus.DELIVERED, MessageStatus.SENT);
    }

    @Test
    void shouldLeaveTheReadersOwnMessagesToTheOtherSidesReceipts() {
        Pair pair = pair();
        List<UUID> ids = ids(storeOne.storeMessages(List.of(pair.fromCreator("c1", "from the creator"),
                pair.fromBrand("b1", "from the brand"))));

        List<Delivered> changed = storeOne.markDelivered(List.of(new Ack(pair.creator.id(), ids.get(1))));

        assertThat(changed).containsExactly(new Delivered(ids.get(1), pair.conversation, pair.brand.id()));
        assertThat(history(pair)).extracting(MessageRow::status).containsExactly(MessageStatus.SENT, MessageStatus.DELIVERED);
    }

    @Test
    void shouldReportEachMessageDeliveredOnceWhenBothReplicasAcknowledgeAtOnce() throws Exception {
        Pair pair = pair();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.addAll(ids(storeOne.storeMessages(List.of(pair.fromBrand("m" + i, "message " + i)))));
        }
        List<Ack> acks = ids.stream().map(id -> new Ack(pair.creator.id(), id)).toList();
        List<Callable<List<Delivered>>> devices = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ChatRepository replica = i % 2 == 0 ? storeOne : storeTwo;
            List<Ack> oneDevice = List.of(acks.get(i));
            List<Ack> otherDevice = List.of(acks.get(ids.size() - 1 - i));
            devices.add(() -> replica.markDelivered(oneDevice));
            devices.add(() -> replica.markDelivered(otherDevice));
        }

        List<Delivered> delivered = atOnce(devices);

        assertThat(delivered).extracting(Delivered::messageId).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void shouldMoveADeliveredMarkToTheNewestMessageOfTheOtherSideUpToTheAcknowledgedSeq() {
        Pair pair = pair();
        List<MessageRow> rows = rows(storeOne.storeMessages(List.of(pair.fromBrand("b1", "one"),
                pair.fromBrand("b2", "two"), pair.fromCreator("c1", "a reply"), pair.fromBrand("b3", "three"))));
        long upToTheReply = rows.get(2).seq();

        List<DeliveredUpTo> moved = storeOne.markDeliveredUpTo(List.of(
                new AckUpTo(pair.conversation, pair.creator.id(), rows.get(0).seq()),
                new AckUpTo(pair.conversation, pair.creator.id(), upToTheReply)));

        assertThat(moved).containsExactly(
                new DeliveredUpTo(pair.conversation, pair.brand.id(), rows.get(1).id(), rows.get(1).seq()));
        assertThat(history(pair)).extracting(MessageRow::status).containsExactly(MessageStatus.DELIVERED,
                MessageStatus.DELIVERED, MessageStatus.SENT, MessageStatus.SENT);
    }

    @Test
    void shouldStopAtTheNewestStoredMessageWhenAnAckNamesASeqBeyondIt() {
        Pair pair = pair();
        List<MessageRow> rows = rows(storeOne.storeMessages(List.of(pair.fromBrand("b1", "one"), pair.fromBrand("b2", "two"))));

        List<DeliveredUpTo> moved = storeTwo.markDeliveredUpTo(
                List.of(new AckUpTo(pair.conversation, pair.creator.id(), Long.MAX_VALUE)));
        storeOne.storeMessages(List.of(pair.fromBrand("b3", "stored after the ack")));

        assertThat(moved).extracting(DeliveredUpTo::messageId).containsExactly(rows.get(1).id());
        assertThat(history(pair)).extracting(MessageRow::status)
                .containsExactly(MessageStatus.DELIVERED, MessageStatus.DELIVERED, MessageStatus.SENT);
    }

    @Test
    void shouldNotMoveADeliveredMarkBackNorReportItAgain() {
        Pair pair = pair();
        List<MessageRow> rows = rows(storeOne.storeMessages(List.of(pair.fromBrand("b1", "one"), pair.fromBrand("b2", "two"))));
        storeOne.markDeliveredUpTo(List.of(new AckUpTo(pair.conversation, pair.creator.id(), rows.get(1).seq())));

        List<DeliveredUpTo> again = storeTwo.markDeliveredUpTo(
                List.of(new AckUpTo(pair.conversation, pair.creator.id(), rows.get(1).seq())));
        List<DeliveredUpTo> backwards = storeTwo.markDeliveredUpTo(
                List.of(new AckUpTo(pair.conversation, pair.creator.id(), rows.get(0).seq())));

        assertThat(again).isEmpty();
        assertThat(backwards).isEmpty();
        assertThat(history(pair)).extracting(MessageRow::status)
                .containsExactly(MessageStatus.DELIVERED, MessageStatus.DELIVERED);
    }

    @Test
    void shouldMoveNoMarkForAnAckBySomeoneOutsideTheConversation() {
        Pair pair = pair();
        Pair others = pair();
        List<MessageRow> rows = rows(storeOne.storeMessages(List.of(pair.fromBrand("b1", "only for the creator"))));
        long seq = rows.get(0).seq();

        List<DeliveredUpTo> moved = storeOne.markDeliveredUpTo(List.of(
                new AckUpTo(pair.conversation, others.creator.id(), seq),
                new AckUpTo(pair.conversation, UUID.randomUUID(), seq),
                new AckUpTo(UUID.randomUUID(), pair.creator.id(), seq)));

        assertThat(moved).isEmpty();
        assertThat(history(pair)).extracting(MessageRow::status).containsExactly(MessageStatus.SENT);
    }

    @Test
    void shouldReportEachMarkPlaceOnceAndNeverMoveBackWhenBothReplicasMoveOneMarkAtOnce() throws Exception {
        Pair pair = pair();
        List<MessageRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.addAll(rows(storeOne.storeMessages(List.of(pair.fromBrand("m" + i, "message " + i)))));
        }
        List<Callable<List<DeliveredUpTo>>> devices = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ChatRepository replica = i % 2 == 0 ? storeOne : storeTwo;
            List<AckUpTo> oneDevice = List.of(new AckUpTo(pair.conversation, pair.creator.id(), rows.get(i).seq()));
            List<AckUpTo> otherDevice = List.of(new AckUpTo(pair.conversation, pair.creator.id(),
                    rows.get(rows.size() - 1 - i).seq()));
            devices.add(() -> replica.markDeliveredUpTo(oneDevice));
            devices.add(() -> replica.markDeliveredUpTo(otherDevice));
        }

        List<DeliveredUpTo> reported = atOnce(devices);

        assertThat(reported).extracting(DeliveredUpTo::seq).doesNotHaveDuplicates()
                .contains(rows.get(rows.size() - 1).seq());
        assertThat(history(pair)).extracting(MessageRow::status).containsOnly(MessageStatus.DELIVERED);
    }

    @Test
    void shouldCountAsUnreadOnlyWhatArrivedAfterTheReaderLastLooked() {
        Pair pair = pair();
        List<UUID> before = ids(storeOne.storeMessages(List.of(pair.fromBrand("1", "one"), pair.fromBrand("2", "two"),
                pair.fromCreator("3", "a reply"))));
        List<UUID> seen = storeTwo.markSeen(pair.conversation, pair.creator.id());
        storeOne.storeMessages(List.of(pair.fromBrand("4", "after the creator looked")));

        assertThat(seen).containsExactly(before.get(0), before.get(1));
        assertThat(storeTwo.markSeen(pair.conversation, pair.brand.id())).containsExactly(before.get(2));
        assertThat(history(pair)).extracting(MessageRow::status).containsExactly(MessageStatus.SEEN,
                MessageStatus.SEEN, MessageStatus.SEEN, MessageStatus.SENT);
        assertThat(storeOne.unread(pair.creator.id())).isEqualTo(new UnreadSummary(1, 1));
        assertThat(storeOne.unread(pair.brand.id())).isEqualTo(new UnreadSummary(0, 0));
        assertThat(storeOne.conversationsOf(pair.creator.id(), 10, 0)).singleElement()
                .satisfies(row -> {
                    assertThat(row.unread()).isEqualTo(1);
                    assertThat(row.last().body()).isEqualTo("after the creator looked");
                    assertThat(row.last().status()).isEqualTo(MessageStatus.SENT);
                });
    }

    @Test
    void shouldDeleteMessagesWithTheirConversationWhenUserIsDeleted() throws SQLException {
        Pair gone = pair();
        Pair kept = pair();
        storeOne.storeMessages(List.of(gone.fromBrand("1", "to be deleted"), kept.fromBrand("1", "to be kept")));

        try (Connection c = database(); PreparedStatement ps = c.prepareStatement("DELETE FROM users WHERE id = ?")) {
            ps.setObject(1, gone.creator.id());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        assertThat(storeTwo.history(gone.conversation, null, 10)).isEmpty();
        assertThat(history(kept)).extracting(MessageRow::body).containsExactly("to be kept");
    }

    /** Runs the calls on four threads at once, as devices on both replicas would: everything they returned. */
    private static <T> List<T> atOnce(List<Callable<List<T>>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<T>>> reports = new ArrayList<>();
            for (Callable<List<T>> call : calls) {
                reports.add(threads.submit(call));
            }
            List<T> all = new ArrayList<>();
            for (Future<List<T>> report : reports) {
                all.addAll(report.get(30, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<MessageRow> rows(List<Optional<Stored>> stored) {
        return stored.stream().map(one -> one.orElseThrow().message()).toList();
    }

    private static List<UUID> ids(List<Optional<Stored>> stored) {
        return stored.stream().map(one -> one.orElseThrow().message().id()).toList();
    }

    private static NewMessage message(Pair pair, boolean fromBrand, String clientId) {
        return fromBrand ? pair.fromBrand(clientId, "text " + clientId) : pair.fromCreator(clientId, "text " + clientId);
    }

    private record Pair(TestUser brand, TestUser creator, UUID conversation) {

        NewMessage fromBrand(String clientId, String text) {
            return new NewMessage(conversation, brand.id(), clientId, text);
        }

        NewMessage fromCreator(String clientId, String text) {
            return new NewMessage(conversation, creator.id(), clientId, text);
        }
    }

    private Pair pair() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        return new Pair(brand, creator, storeOne.findOrCreateConversation(brand.id(), creator.id()).id());
    }

    /** Oldest first, as both participants read it. */
    private List<MessageRow> history(Pair pair) {
        List<MessageRow> newestFirst = new ArrayList<>(storeTwo.history(pair.conversation, null, 10_000));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private Connection database() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(two.context().getBean(DataSource.class)).getConnection();
    }

    /** The transaction (xmin) that inserted each message of the pair, in seq order. */
    private List<String> writingTransactions(Pair pair) throws SQLException {
        try (Connection c = database();
             PreparedStatement ps = c.prepareStatement("SELECT xmin::text FROM chat_messages WHERE conversation_id = ? ORDER BY seq")) {
            ps.setObject(1, pair.conversation);
            List<String> transactions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    transactions.add(rs.getString(1));
                }
            }
            return transactions;
        }
    }

    private List<Long> seqs(Pair pair) {
        return history(pair).stream().map(MessageRow::seq).toList();
    }
}
