package io.inpact.chat;

import io.inpact.system.ApiException;
import io.inpact.api.chat.ChatRules;
import io.inpact.api.chat.ConversationView;
import io.inpact.api.chat.MessageHistory;
import io.inpact.api.chat.MessageStatus;
import io.inpact.api.chat.MessageView;
import io.inpact.api.chat.ParticipantView;
import io.inpact.api.chat.PresenceFrame;
import io.inpact.api.chat.PresenceView;
import io.inpact.api.chat.ReadFrame;
import io.inpact.api.chat.StatusFrame;
import io.inpact.api.chat.TypingFrame;
import io.inpact.api.chat.UnreadSummary;
import io.inpact.api.common.Page;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Conversations, messages and receipts: stored in PostgreSQL first, then fanned out. Blocking: call off the event loop. */
@Singleton
class ChatService {

    static final int DEFAULT_HISTORY_SIZE = 50;
    static final int MAX_PAGE_SIZE = 100;

    private final ChatRepository repository;
    private final ChatFanout fanout;
    private final Presence presence;
    private final MessageWriter writer;

    ChatService(ChatRepository repository, ChatFanout fanout, Presence presence, MessageWriter writer) {
        this.repository = repository;
        this.fanout = fanout;
        this.presence = presence;
        this.writer = writer;
    }

    ConversationView open(UUID me, String participantId) {
        String problem = participantId == null || participantId.isBlank() ? "is required" : null;
        if (problem != null) {
            throw ChatErrors.invalid("participantId", problem);
        }
        UUID otherId = parseOr(participantId, () -> ApiException.notFound("user", participantId));
        if (otherId.equals(me)) {
            throw ChatErrors.invalid("participantId", "must be another user");
        }
        ChatRepository.Partner other = repository.findUser(otherId)
                .orElseThrow(() -> ApiException.notFound("user", participantId));
        Conversation conversation = repository.findOrCreateConversation(me, otherId);
        return new ConversationView(conversation.id().toString(), participant(other), null, 0,
                MessageRow.iso(conversation.createdAt()));
    }

    Page<ConversationView> conversations(UUID me, int page, int size) {
        checkPaging(page, size);
        List<ConversationView> items = repository.conversationsOf(me, size, (long) page * size).stream()
                .map(row -> new ConversationView(row.conversation().id().toString(), participant(row.other()),
                        row.last() == null ? null : row.last().view(me), row.unread(),
                        MessageRow.iso(row.conversation().createdAt())))
                .toList();
        return new Page<>(items, page, size, repository.countConversationsOf(me));
    }

    MessageHistory history(UUID me, String conversationId, String before, int size) {
        if (size < 1 || size > ChatRules.MAX_HISTORY_PAGE) {
            throw ChatErrors.invalid("size", "must be between 1 and " + ChatRules.MAX_HISTORY_PAGE);
        }
        Conversation conversation = participantOf(me, conversationId);
        Long beforeSeq = null;
        if (before != null && !before.isBlank()) {
            UUID beforeId = parseOr(before, () -> ChatErrors.invalid("before", "must be a message id"));
            beforeSeq = repository.seqOf(conversation.id(), beforeId)
                    .orElseThrow(() -> ChatErrors.invalid("before", "must be a message of this conversation"));
        }
        List<MessageRow> rows = repository.history(conversation.id(), beforeSeq, size + 1);
        boolean hasMore = rows.size() > size;
        List<MessageView> items = rows.stream().limit(size).map(row -> row.view(me)).toList();
        String nextBefore = hasMore ? items.get(items.size() - 1).id() : null;
        return new MessageHistory(items, size, hasMore, nextBefore);
    }

    /** The reader's side: every message the other participant sent becomes SEEN, pushed to that sender in one frame. */
    void markRead(UUID me, String conversationId) {
        Conversation conversation = participantOf(me, conversationId);
        List<UUID> seen = repository.markSeen(conversation.id(), me);
        if (!seen.isEmpty()) {
            List<String> ids = seen.stream().map(UUID::toString).toList();
            fanout.toUser(conversation.other(me),
                    StatusFrame.of(ids, conversation.id().toString(), MessageStatus.SEEN));
        }
        fanout.toUser(me, ReadFrame.of(conversation.id().toString(), me.toString()));
    }

    UnreadSummary unread(UUID me) {
        return repository.unread(me);
    }

    PresenceView presence(String userId) {
        UUID id = parseOr(userId, () -> ApiException.notFound("user", userId));
        repository.findUser(id).orElseThrow(() -> ApiException.notFound("user", userId));
        return presence.of(id);
    }

    /**
     * Checks a send and queues it for the next group commit ({@link MessageWriter}); once it is stored,
     * every device of both participants is told, and the sender's copy confirms it. {@code refused}
     * hears why it was not stored (not a participant, storage failed).
     */
    void send(UUID me, String clientId, String conversationId, String text, Consumer<ApiException> refused) {
        String problem = ChatRules.clientId(clientId);
        if (problem != null) {
            throw ChatErrors.invalid("clientId", problem);
        }
        problem = ChatRules.text(text);
        if (problem != null) {
            throw ChatErrors.invalid("text", problem);
        }
        UUID conversation = parseOr(conversationId, () -> ApiException.notFound("conversation", conversationId));
        if (!writer.send(new ChatRepository.NewMessage(conversation, me, clientId, text), refused)) {
            throw ChatErrors.busy();
        }
    }

    /**
     * A device of the recipient has these messages: DELIVERED goes to their senders, once (batched, see
     * {@link MessageWriter}). Nothing is queued when one of the ids is malformed.
     */
    void acknowledge(UUID me, List<String> messageIds) {
        String problem = ChatRules.acknowledged(messageIds);
        if (problem != null) {
            throw ChatErrors.invalid("messageIds", problem);
        }
        List<ChatRepository.Ack> acks = new ArrayList<>(messageIds.size());
        for (String messageId : messageIds) {
            UUID id = parseOr(messageId, () -> ChatErrors.invalid("messageIds", "must be message ids"));
            acks.add(new ChatRepository.Ack(me, id));
        }
        if (!writer.acknowledge(me, acks)) {
            throw ChatErrors.busy();
        }
    }

    /**
     * A device of {@code me} has every message of the conversation up to {@code seq}: DELIVERED goes to the other
     * participant, up to the newest of their messages it covers (batched, see {@link MessageWriter}). An
     * acknowledgement by someone who is not a participant moves nothing.
     */
    void acknowledgeUpTo(UUID me, String conversationId, long seq) {
        String problem = ChatRules.acknowledgedUpTo(seq);
        if (problem != null) {
            throw ChatErrors.invalid("seq", problem);
        }
        UUID conversation = parseOr(conversationId, () -> ApiException.notFound("conversation", conversationId));
        if (!writer.acknowledge(me, List.of(new ChatRepository.AckUpTo(conversation, me, seq)))) {
            throw ChatErrors.busy();
        }
    }

    void typing(UUID me, String conversationId) {
        Conversation conversation = participantOf(me, conversationId);
        fanout.toUser(conversation.other(me), TypingFrame.of(conversation.id().toString(), me.toString()));
    }

    void announcePresence(UUID userId, boolean online) {
        PresenceFrame frame = PresenceFrame.of(userId.toString(), online);
        for (UUID partner : repository.partnersOf(userId)) {
            fanout.toUser(partner, frame);
        }
    }

    private Conversation participantOf(UUID me, String conversationId) {
        UUID id = parseOr(conversationId, () -> ApiException.notFound("conversation", conversationId));
        return repository.findConversation(id).filter(conversation -> conversation.hasParticipant(me))
                .orElseThrow(() -> ApiException.notFound("conversation", conversationId));
    }

    private ParticipantView participant(ChatRepository.Partner partner) {
        PresenceView seen = presence.safely(partner.id());
        return new ParticipantView(partner.id().toString(), partner.username(), partner.displayName(),
                partner.role(), seen.online(), seen.lastSeen());
    }

    private static void checkPaging(int page, int size) {
        if (page < 0) {
            throw ChatErrors.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ChatErrors.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    private static UUID parseOr(String id, java.util.function.Supplier<ApiException> error) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error.get();
        }
    }
}
