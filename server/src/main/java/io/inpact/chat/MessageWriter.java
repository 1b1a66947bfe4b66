package io.inpact.chat;

import io.inpact.system.ApiException;
import io.inpact.api.chat.MessageFrame;
import io.inpact.api.chat.MessageStatus;
import io.inpact.api.chat.StatusFrame;
import io.inpact.chat.ChatRepository.Ack;
import io.inpact.chat.ChatRepository.AckUpTo;
import io.inpact.chat.ChatRepository.NewMessage;
import io.inpact.chat.ChatRepository.Receipt;
import io.inpact.chat.ChatRepository.Stored;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Group commit. Sends and delivery acknowledgements queue here and are stored many at a time, one
 * statement per batch, and only after its commit is anyone told. A conversation always goes to the same
 * writer, so its messages are numbered in the order they arrived (and one socket's sends stay in order);
 * an acknowledgement goes to the ack writer of the user who acknowledged it. A message batch waits a few
 * milliseconds ({@link ChatConfig#messageLinger()}) after its first message for others to share its commit;
 * without that, a writer that keeps up takes every message alone, and commits cost the CPU the messages need.
 */
@Singleton
class MessageWriter {

    static final int QUEUE_LIMIT = 20_000;
    static final int MAX_BATCH = 500;
    /**
     * How long an acknowledgement waits for others to share its batch. Nobody waits on a DELIVERED tick the way
     * they wait for a message, and a few milliseconds turn many small receipt transactions into a few larger ones,
     * leaving the CPU to the sends.
     */
    static final Duration ACK_LINGER = Duration.ofMillis(20);
    private static final long CLOSE_WAIT_MILLIS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(MessageWriter.class);

    /** A send waiting for its batch; {@code refused} hears why it was not stored. */
    private record Send(NewMessage message, Consumer<ApiException> refused) {
    }

    private final ChatRepository repository;
    private final ChatFanout fanout;
    private final List<Batcher<Send>> writers;
    private final List<Batcher<Receipt>> acks;

    MessageWriter(ChatRepository repository, ChatFanout fanout, ChatConfig config) {
        this.repository = repository;
        this.fanout = fanout;
        int count = Math.max(1, config.writers());
        this.writers = IntStream.range(0, count)
                .mapToObj(i -> new Batcher<Send>("chat-writer-" + i, QUEUE_LIMIT, MAX_BATCH, config.messageLinger(), this::store))
                .toList();
        // as many ack writers, by acknowledging user (a user's devices on this replica never conflict)
        this.acks = IntStream.range(0, count)
                .mapToObj(i -> new Batcher<Receipt>("chat-acks-" + i, QUEUE_LIMIT, MAX_BATCH, ACK_LINGER, this::deliver))
                .toList();
        LOG.info("chat: {} message writers, a batch waiting up to {} ms for more", count, config.messageLinger().toMillis());
    }

    /** Queues a message for the next commit; false when too many are waiting already. */
    boolean send(NewMessage message, Consumer<ApiException> refused) {
        int writer = Math.floorMod(message.conversationId().hashCode(), writers.size());
        return writers.get(writer).offer(new Send(message, refused));
    }

    /**
     * Queues one device's acknowledgements for the next batch, all to the ack writer of the acknowledging
     * user; false when too many are waiting already (those queued before still count, and acknowledging a
     * message twice is harmless).
     */
    boolean acknowledge(UUID recipient, List<? extends Receipt> batch) {
        Batcher<Receipt> writer = acks.get(Math.floorMod(recipient.hashCode(), acks.size()));
        for (Receipt ack : batch) {
            if (!writer.offer(ack)) {
                return false;
            }
        }
        return true;
    }

    private void store(List<Send> batch) {
        List<Optional<Stored>> stored;
        try {
            stored = repository.storeMessages(batch.stream().map(Send::message).toList());
        } catch (RuntimeException e) {
            LOG.warn("chat: storing a batch of {} messages failed", batch.size(), e);
            batch.forEach(send -> send.refused().accept(ChatErrors.internal("the message was not stored, retry")));
            return;
        }
        List<ChatFanout.Event> events = new ArrayList<>(2 * batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Send send = batch.get(i);
            Stored one = stored.get(i).orElse(null);
            if (one == null) {
                send.refused().accept(ApiException.notFound("conversation", send.message().conversationId()));
                continue;
            }
            MessageRow row = one.message();
            events.add(new ChatFanout.Event(row.senderId(), MessageFrame.of(row.view(row.senderId()))));
            events.add(new ChatFanout.Event(one.recipientId(), MessageFrame.of(row.view(one.recipientId()))));
        }
        fanout.toUsers(events);
    }

    /**
     * One DELIVERED status frame per sender and conversation: naming its messages oldest first for the
     * acknowledgements by id, and up to the seq a mark moved to for those by mark.
     */
    private void deliver(List<Receipt> batch) {
        List<Ack> byId = new ArrayList<>();
        List<AckUpTo> byMark = new ArrayList<>();
        for (Receipt receipt : batch) {
            if (receipt instanceof AckUpTo mark) {
                byMark.add(mark);
            } else {
                byId.add((Ack) receipt);
            }
        }
        if (!byId.isEmpty()) {
            fanout.toUsers(deliveredById(byId));
        }
        if (!byMark.isEmpty()) {
            fanout.toUsers(deliveredUpTo(byMark));
        }
    }

    private List<ChatFanout.Event> deliveredUpTo(List<AckUpTo> batch) {
        return repository.markDeliveredUpTo(batch).stream()
                .map(moved -> new ChatFanout.Event(moved.senderId(), StatusFrame.upTo(moved.messageId().toString(),
                        moved.seq(), moved.conversationId().toString(), MessageStatus.DELIVERED)))
                .toList();
    }

    private List<ChatFanout.Event> deliveredById(List<Ack> batch) {
        Map<SenderInConversation, List<UUID>> delivered = new LinkedHashMap<>();
        for (ChatRepository.Delivered one : repository.markDelivered(batch)) {
            SenderInConversation to = new SenderInConversation(one.senderId(), one.conversationId());
            delivered.computeIfAbsent(to, key -> new ArrayList<>()).add(one.messageId());
        }
        List<ChatFanout.Event> events = new ArrayList<>(delivered.size());
        delivered.forEach((to, messages) -> events.add(new ChatFanout.Event(to.senderId(), StatusFrame.of(
                messages.stream().sorted().map(UUID::toString).toList(), to.conversationId().toString(),
                MessageStatus.DELIVERED))));
        return events;
    }

    private record SenderInConversation(UUID senderId, UUID conversationId) {
    }

    /** Stores what is queued before the fan-out and the pool go away. */
    @PreDestroy
    void close() {
        writers.forEach(writer -> writer.close(CLOSE_WAIT_MILLIS));
        acks.forEach(ack -> ack.close(CLOSE_WAIT_MILLIS));
    }
}
