package io.inpact.chat;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import io.inpact.api.accounts.Role;
import io.inpact.api.chat.MessageStatus;
import io.inpact.api.chat.UnreadSummary;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain JDBC on the pool itself, in autocommit mode: every statement is one short transaction of its own, and
 * the send path needs {@code ON CONFLICT} and {@code RETURNING}, which read best as the SQL they are.
 */
@Singleton
class ChatRepository {

    /** A message's columns and its status, read through {@link #RECEIPTS_OF_M}. */
    private static final String MESSAGE_COLUMNS = "m.id, m.conversation_id, m.seq, m.sender_id, m.client_id, m.body, "
            + "m.created_at, CASE WHEN m.seq <= r.seen_seq THEN 'SEEN' WHEN m.seq <= r.delivered_seq THEN 'DELIVERED' "
            + "ELSE 'SENT' END AS status";
    /** The marks of the recipient of the message aliased {@code m}: the participant who did not send it. */
    private static final String RECEIPTS_OF_M =
            "LEFT JOIN chat_receipts r ON r.conversation_id = m.conversation_id AND r.reader_id <> m.sender_id ";

    /**
     * The display name of the user aliased {@code o}, read through {@link #PROFILES_OF_O}, as the other features
     * name people (profiles store a blank name as null).
     */
    private static final String DISPLAY_NAME_OF_O = "coalesce(nullif(cp.display_name, ''), "
            + "nullif(bp.company_name, ''), o.username)";
    private static final String PROFILES_OF_O = "LEFT JOIN creator_profiles cp ON cp.user_id = o.id "
            + "LEFT JOIN brand_profiles bp ON bp.user_id = o.id ";

    /**
     * Moves marks (column {@code %1$s}; {@code %2$s} is any further assignment) forward to the given seqs, in one
     * statement: a concurrent move of the same mark is waited for and then built on, and {@code moved_from} keeps
     * where this move started; the messages of the other participant that the mark passed are returned.
     */
    private static final String MOVE_MARKS = "WITH wanted (conversation_id, reader_id, to_seq) AS ("
            + "SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::bigint[])), "
            + "moved AS (UPDATE chat_receipts r SET moved_from = r.%1$s, %1$s = w.to_seq%2$s FROM wanted w "
            + "WHERE r.conversation_id = w.conversation_id AND r.reader_id = w.reader_id AND r.%1$s < w.to_seq "
            + "RETURNING r.conversation_id, r.reader_id, r.moved_from, r.%1$s AS to_seq) "
            + "SELECT m.id, m.conversation_id, m.sender_id, m.seq FROM moved JOIN chat_messages m "
            + "ON m.conversation_id = moved.conversation_id AND m.seq > moved.moved_from AND m.seq <= moved.to_seq "
            + "AND m.sender_id <> moved.reader_id ORDER BY m.seq";

    /**
     * Moves delivered marks forward to the newest message of the other participant at or below the seq each reader
     * acknowledged, in one statement, looking only at the messages the mark has not passed yet; each mark that
     * moved is returned with the message it now stands on. A reader who is not a participant has no mark to move.
     */
    private static final String MOVE_DELIVERED_UP_TO = "WITH wanted (conversation_id, reader_id, to_seq) AS ("
            + "SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::bigint[])), "
            + "target AS (SELECT w.conversation_id, w.reader_id, m.id, m.seq, m.sender_id FROM wanted w "
            + "JOIN chat_receipts r ON r.conversation_id = w.conversation_id AND r.reader_id = w.reader_id "
            + "CROSS JOIN LATERAL (SELECT id, seq, sender_id FROM chat_messages m WHERE m.conversation_id = w.conversation_id "
            + "AND m.seq <= w.to_seq AND m.seq > r.delivered_seq AND m.sender_id <> w.reader_id "
            + "ORDER BY m.seq DESC LIMIT 1) m) "
            + "UPDATE chat_receipts r SET delivered_seq = t.seq FROM target t "
            + "WHERE r.conversation_id = t.conversation_id AND r.reader_id = t.reader_id AND r.delivered_seq < t.seq "
            + "RETURNING t.conversation_id, t.sender_id, t.id, t.seq";

    private static final int KNOWN_CONVERSATIONS_LIMIT = 50_000;
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final String UNIQUE_VIOLATION = "23505";
    /** Ordered by creation time, so new messages land at the right edge of the primary key, where the receipts look. */
    private static final TimeBasedEpochGenerator MESSAGE_IDS = Generators.timeBasedEpochGenerator();

    private final DataSource pool;
    /** Participants never change and conversations are never deleted: one read once is kept (up to a bound). */
    private final Map<UUID, Conversation> known = new ConcurrentHashMap<>();

    ChatRepository(DataSource dataSource) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * A conversation partner with what the list shows of them: {@code displayName} is the creator's display
     * name or the brand's company name when set and not blank, else the username.
     */
    record Partner(UUID id, String username, String displayName, Role role) {
    }

    /** One row of "my conversations". */
    record ConversationRow(Conversation conversation, Partner other, MessageRow last, int unread) {
    }

    /** The outcome of a send: {@code created} is false when the client id was already stored. */
    record Stored(MessageRow message, UUID recipientId, boolean created) {
    }

    Optional<Partner> findUser(UUID id) {
        return query("SELECT o.id, o.username, " + DISPLAY_NAME_OF_O + ", o.role FROM users o " + PROFILES_OF_O
                        + "WHERE o.id = ?", ps -> ps.setObject(1, id),
                rs -> new Partner(uuid(rs, 1), rs.getString(2), rs.getString(3), role(rs.getString(4))))
                .stream().findFirst();
    }

    Optional<Conversation> findConversation(UUID id) {
        return Optional.ofNullable(conversations(List.of(id)).get(id));
    }

    /** The conversations among {@code ids} that exist, read from the database only when not known yet. */
    private Map<UUID, Conversation> conversations(Collection<UUID> ids) {
        Map<UUID, Conversation> found = new HashMap<>();
        List<UUID> unknown = new ArrayList<>();
        for (UUID id : ids) {
            Conversation conversation = known.get(id);
            if (conversation != null) {
                found.put(id, conversation);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            query("SELECT id, user_a, user_b, created_at FROM chat_conversations WHERE id = ANY (?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", unknown.toArray())),
                    ChatRepository::conversation)
                    .forEach(conversation -> found.put(conversation.id(), remember(conversation)));
        }
        return found;
    }

    private Conversation remember(Conversation conversation) {
        if (known.size() >= KNOWN_CONVERSATIONS_LIMIT) {
            known.clear();
        }
        known.put(conversation.id(), conversation);
        return conversation;
    }

    Conversation findOrCreateConversation(UUID one, UUID two) {
        // PostgreSQL orders uuids by their bytes, as the lowercase hex strings sort (UUID.compareTo is signed)
        UUID a = one.toString().compareTo(two.toString()) < 0 ? one : two;
        UUID b = a == one ? two : one;
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO chat_conversations (id, user_a, user_b) VALUES (?, ?, ?) ON CONFLICT (user_a, user_b) DO NOTHING")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, a);
                ps.setObject(3, b);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, user_a, user_b, created_at FROM chat_conversations WHERE user_a = ? AND user_b = ?")) {
                ps.setObject(1, a);
                ps.setObject(2, b);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return remember(conversation(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open conversation", e);
        }
    }

    List<ConversationRow> conversationsOf(UUID me, int limit, long offset) {
        String sql = "SELECT c.id, c.user_a, c.user_b, c.created_at, o.id, o.username, " + DISPLAY_NAME_OF_O + ", o.role, "
                + "l.id, l.conversation_id, l.seq, l.sender_id, l.client_id, l.body, l.created_at, l.status, "
                + "(SELECT count(*) FROM chat_messages u WHERE u.conversation_id = c.id AND u.sender_id <> mine.reader_id "
                + "AND u.seq > mine.seen_seq) "
                + "FROM chat_conversations c "
                + "JOIN chat_receipts mine ON mine.conversation_id = c.id AND mine.reader_id = ? "
                + "JOIN users o ON o.id = CASE WHEN c.user_a = ? THEN c.user_b ELSE c.user_a END "
                + PROFILES_OF_O
                + "LEFT JOIN LATERAL (SELECT " + MESSAGE_COLUMNS + " FROM chat_messages m " + RECEIPTS_OF_M
                + "WHERE m.conversation_id = c.id ORDER BY m.seq DESC LIMIT 1) l ON true "
                + "WHERE c.user_a = ? OR c.user_b = ? "
                + "ORDER BY coalesce(l.created_at, c.created_at) DESC, l.seq DESC NULLS LAST, c.id LIMIT ? OFFSET ?";
        return query(sql, ps -> {
            ps.setObject(1, me);
            ps.setObject(2, me);
            ps.setObject(3, me);
            ps.setObject(4, me);
            ps.setInt(5, limit);
            ps.setLong(6, offset);
        }, rs -> new ConversationRow(conversation(rs),
                new Partner(uuid(rs, 5), rs.getString(6), rs.getString(7), role(rs.getString(8))),
                rs.getObject(9) == null ? null : message(rs, 9),
                rs.getInt(17)));
    }

    long countConversationsOf(UUID me) {
        return query("SELECT count(*) FROM chat_conversations WHERE user_a = ? OR user_b = ?",
                ps -> {
                    ps.setObject(1, me);
                    ps.setObject(2, me);
                }, rs -> rs.getLong(1)).get(0);
    }

    /** A message to store: {@code senderId} writes {@code body} into the conversation, once per {@code clientId}. */
    record NewMessage(UUID conversationId, UUID senderId, String clientId, String body) {

        private MessageKey key() {
            return new MessageKey(conversationId, senderId, clientId);
        }
    }

    private record MessageKey(UUID conversationId, UUID senderId, String clientId) {
    }

    /**
     * Stores a batch of messages in one statement (group commit). Answer {@code i} is for {@code messages.get(i)}:
     * empty when its sender is not a participant of its conversation (the others are stored all the same), else
     * the stored row, {@code created} false when that client id was stored before (earlier in the batch or in an
     * earlier one). Numbers come from one sequence in the batch's (arrival) order and nothing is locked, so
     * replicas writing into the same conversations never wait for each other.
     *
     * <p>Who may write is checked here, against the known participants, rather than joined into the statement:
     * at the small batches of a quiet hour, planning a join cost PostgreSQL several times what storing does.
     */
    List<Optional<Stored>> storeMessages(List<NewMessage> messages) {
        int n = messages.size();
        Map<UUID, Conversation> conversations = conversations(messages.stream().map(NewMessage::conversationId).distinct().toList());
        UUID[] recipients = new UUID[n];
        int[] firstOfKey = new int[n];
        Map<MessageKey, Integer> firstByKey = new HashMap<>();
        List<MessageRow> fresh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NewMessage m = messages.get(i);
            Conversation conversation = conversations.get(m.conversationId());
            if (conversation == null || !conversation.hasParticipant(m.senderId())) {
                firstOfKey[i] = -1;
                continue;
            }
            recipients[i] = conversation.other(m.senderId());
            Integer earlier = firstByKey.putIfAbsent(m.key(), i);
            firstOfKey[i] = earlier == null ? i : earlier;
            if (earlier == null) {
                fresh.add(new MessageRow(MESSAGE_IDS.generate(), m.conversationId(), 0, m.senderId(), m.clientId(), m.body(),
                        null, MessageStatus.SENT));
            }
        }
        Map<MessageKey, MessageRow> stored = new HashMap<>();
        Set<MessageKey> created = new HashSet<>();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(true);
            for (MessageRow row : insert(c, fresh)) {
                stored.put(key(row), row);
                created.add(key(row));
            }
            List<MessageKey> storedBefore = fresh.stream().map(ChatRepository::key).filter(k -> !created.contains(k)).toList();
            for (MessageRow row : findByClientIds(c, storedBefore)) {
                stored.put(key(row), row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store messages", e);
        }
        List<Optional<Stored>> answers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (firstOfKey[i] < 0) {
                answers.add(Optional.empty());
                continue;
            }
            MessageKey key = messages.get(i).key();
            MessageRow row = stored.get(key);
            if (row == null) {
                throw new IllegalStateException("client id conflicted but no stored message matches it");
            }
            answers.add(Optional.of(new Stored(row, recipients[i], firstOfKey[i] == i && created.contains(key))));
        }
        return answers;
    }

    private static MessageKey key(MessageRow row) {
        return new MessageKey(row.conversationId(), row.senderId(), row.clientId());
    }

    /**
     * Numbers the rows in their order and inserts those whose client id is not stored yet, as one statement (one
     * round trip, its own transaction); the rows inserted. A number taken by a row not inserted stays unused:
     * order is all that seq promises.
     *
     * <p>Retried sends are rare (a client resends only what a lost connection left unconfirmed), so the batch is
     * first inserted as it is; only when a client id is stored already does it go again with ON CONFLICT, whose
     * check before every row costs PostgreSQL more than the rare second round trip.
     */
    private List<MessageRow> insert(Connection c, List<MessageRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        try {
            return insert(c, rows, "");
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            return insert(c, rows, " ON CONFLICT (conversation_id, sender_id, client_id) DO NOTHING");
        }
    }

    private List<MessageRow> insert(Connection c, List<MessageRow> rows, String onConflict) throws SQLException {
        Map<UUID, MessageRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        List<MessageRow> inserted = new ArrayList<>();
        // a scan of unnest feeds the insert row by row, in array order, so nextval numbers in that order
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO chat_messages "
                + "(id, conversation_id, seq, sender_id, client_id, body) "
                + "SELECT i.id, i.conversation_id, nextval('chat_message_seq'), i.sender_id, i.client_id, i.body "
                + "FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[]) AS i (id, conversation_id, sender_id, client_id, body)"
                + onConflict + " RETURNING id, seq, created_at")) {
            ps.setArray(1, c.createArrayOf("uuid", rows.stream().map(MessageRow::id).toArray()));
            ps.setArray(2, c.createArrayOf("uuid", rows.stream().map(MessageRow::conversationId).toArray()));
            ps.setArray(3, c.createArrayOf("uuid", rows.stream().map(MessageRow::senderId).toArray()));
            ps.setArray(4, c.createArrayOf("text", rows.stream().map(MessageRow::clientId).toArray()));
            ps.setArray(5, c.createArrayOf("text", rows.stream().map(MessageRow::body).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MessageRow row = byId.get(uuid(rs, 1));
                    inserted.add(new MessageRow(row.id(), row.conversationId(), rs.getLong(2), row.senderId(),
                            row.clientId(), row.body(), instant(rs, 3), MessageStatus.SENT));
                }
            }
        }
        return inserted;
    }

    private List<MessageRow> findByClientIds(Connection c, List<MessageKey> keys) throws SQLException {
        List<MessageRow> found = new ArrayList<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS + " FROM chat_messages m "
                + RECEIPTS_OF_M + "JOIN unnest(?::uuid[], ?::uuid[], ?::text[]) AS k (conversation_id, sender_id, client_id) "
                + "ON m.conversation_id = k.conversation_id AND m.sender_id = k.sender_id AND m.client_id = k.client_id")) {
            ps.setArray(1, c.createArrayOf("uuid", keys.stream().map(MessageKey::conversationId).toArray()));
            ps.setArray(2, c.createArrayOf("uuid", keys.stream().map(MessageKey::senderId).toArray()));
            ps.setArray(3, c.createArrayOf("text", keys.stream().map(MessageKey::clientId).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(message(rs, 1));
                }
            }
        }
        return found;
    }

    /** Newest first, strictly older than {@code beforeSeq} when it is given. */
    List<MessageRow> history(UUID conversationId, Long beforeSeq, int limit) {
        return query("SELECT " + MESSAGE_COLUMNS + " FROM chat_messages m " + RECEIPTS_OF_M
                + "WHERE m.conversation_id = ? AND m.seq < ? "
                + "ORDER BY m.seq DESC LIMIT ?", ps -> {
            ps.setObject(1, conversationId);
            ps.setLong(2, beforeSeq == null ? Long.MAX_VALUE : beforeSeq);
            ps.setInt(3, limit);
        }, rs -> message(rs, 1));
    }

    Optional<Long> seqOf(UUID conversationId, UUID messageId) {
        return query("SELECT seq FROM chat_messages WHERE conversation_id = ? AND id = ?", ps -> {
            ps.setObject(1, conversationId);
            ps.setObject(2, messageId);
        }, rs -> rs.getLong(1)).stream().findFirst();
    }

    /** An acknowledgement a device sent: by message ids ({@link Ack}) or by mark ({@link AckUpTo}). */
    sealed interface Receipt permits Ack, AckUpTo {
    }

    /** A device of {@code recipientId} has received message {@code messageId}. */
    record Ack(UUID recipientId, UUID messageId) implements Receipt {
    }

    /** A device of {@code readerId} has received every message of the conversation up to {@code seq}. */
    record AckUpTo(UUID conversationId, UUID readerId, long seq) implements Receipt {
    }

    /** The messages of {@code senderId} up to {@code seq}, the seq of {@code messageId}, have just become DELIVERED. */
    record DeliveredUpTo(UUID conversationId, UUID senderId, UUID messageId, long seq) {
    }

    /** A message that has just become DELIVERED: its sender is told. */
    record Delivered(UUID messageId, UUID conversationId, UUID senderId) {
    }

    /**
     * Moves the recipients' delivered marks up to the newest message each acknowledged, when the acknowledging user
     * is that message's recipient; the messages that became DELIVERED (each once: those between a mark's old and
     * new place), which may include earlier messages no device of the recipient acknowledged. Who may acknowledge
     * is checked first, against the known participants, then one statement moves the marks.
     */
    List<Delivered> markDelivered(List<Ack> acks) {
        UUID[] ids = acks.stream().map(Ack::messageId).distinct().toArray(UUID[]::new);
        List<Acked> found = query("SELECT id, conversation_id, sender_id, seq FROM chat_messages WHERE id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids)),
                rs -> new Acked(uuid(rs, 1), uuid(rs, 2), uuid(rs, 3), rs.getLong(4)));
        Map<UUID, Conversation> conversations = conversations(found.stream().map(Acked::conversationId).distinct().toList());
        Set<Ack> asked = new HashSet<>(acks);
        Map<Mark, Long> newest = new HashMap<>();
        for (Acked message : found) {
            Conversation conversation = conversations.get(message.conversationId());
            UUID recipient = conversation == null ? null : conversation.other(message.senderId());
            if (recipient != null && asked.contains(new Ack(recipient, message.id()))) {
                newest.merge(new Mark(message.conversationId(), recipient), message.seq(), Math::max);
            }
        }
        if (newest.isEmpty()) {
            return List.of();
        }
        List<Mark> marks = List.copyOf(newest.keySet());
        return retryingDeadlock(MOVE_MARKS.formatted("delivered_seq", ""), ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", marks.stream().map(Mark::conversationId).toArray()));
            ps.setArray(2, ps.getConnection().createArrayOf("uuid", marks.stream().map(Mark::readerId).toArray()));
            ps.setArray(3, ps.getConnection().createArrayOf("bigint", marks.stream().map(newest::get).toArray()));
        }, rs -> new Delivered(uuid(rs, 1), uuid(rs, 2), uuid(rs, 3)));
    }

    /**
     * Moves each reader's delivered mark up to the newest message of the other participant at or below the seq it
     * acknowledged, never back: the marks that moved, once each (several acknowledgements of one mark count as the
     * highest). A seq beyond the newest message stops at the newest; acknowledgements by users who are not a
     * participant of the conversation move nothing.
     */
    List<DeliveredUpTo> markDeliveredUpTo(List<AckUpTo> acks) {
        Map<Mark, Long> highest = new TreeMap<>(MARK_ORDER);
        for (AckUpTo ack : acks) {
            highest.merge(new Mark(ack.conversationId(), ack.readerId()), ack.seq(), Math::max);
        }
        if (highest.isEmpty()) {
            return List.of();
        }
        return retryingDeadlock(MOVE_DELIVERED_UP_TO, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", highest.keySet().stream().map(Mark::conversationId).toArray()));
            ps.setArray(2, ps.getConnection().createArrayOf("uuid", highest.keySet().stream().map(Mark::readerId).toArray()));
            ps.setArray(3, ps.getConnection().createArrayOf("bigint", highest.values().toArray()));
        }, rs -> new DeliveredUpTo(uuid(rs, 1), uuid(rs, 2), uuid(rs, 3), rs.getLong(4)));
    }

    /**
     * Marks everything the other participant has sent to {@code readerId} so far as seen (and so delivered); the
     * ids of the messages that became SEEN, oldest first.
     */
    List<UUID> markSeen(UUID conversationId, UUID readerId) {
        Long newest = query("SELECT max(seq) FROM chat_messages WHERE conversation_id = ?",
                ps -> ps.setObject(1, conversationId), rs -> rs.getObject(1, Long.class)).get(0);
        if (newest == null) {
            return List.of();
        }
        return query(MOVE_MARKS.formatted("seen_seq",
                        ", delivered_seq = greatest(r.delivered_seq, w.to_seq)"), ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", new Object[]{conversationId}));
            ps.setArray(2, ps.getConnection().createArrayOf("uuid", new Object[]{readerId}));
            ps.setArray(3, ps.getConnection().createArrayOf("bigint", new Object[]{newest}));
        }, rs -> uuid(rs, 1));
    }

    /** An acknowledged message as stored. */
    private record Acked(UUID id, UUID conversationId, UUID senderId, long seq) {
    }

    /** One reader's marks in one conversation. */
    private record Mark(UUID conversationId, UUID readerId) {
    }

    /** Replicas moving several marks at once ask for them in one order, so they rarely deadlock (one is retried). */
    private static final Comparator<Mark> MARK_ORDER = Comparator.comparing(Mark::conversationId)
            .thenComparing(Mark::readerId);

    List<UUID> partnersOf(UUID me) {
        return query("SELECT CASE WHEN user_a = ? THEN user_b ELSE user_a END FROM chat_conversations "
                + "WHERE user_a = ? OR user_b = ?", ps -> {
            ps.setObject(1, me);
            ps.setObject(2, me);
            ps.setObject(3, me);
        }, rs -> uuid(rs, 1));
    }

    UnreadSummary unread(UUID me) {
        return query("SELECT count(DISTINCT m.conversation_id), count(*) FROM chat_conversations c "
                + "JOIN chat_receipts mine ON mine.conversation_id = c.id AND mine.reader_id = ? "
                + "JOIN chat_messages m ON m.conversation_id = c.id AND m.seq > mine.seen_seq AND m.sender_id <> mine.reader_id "
                + "WHERE c.user_a = ? OR c.user_b = ?", ps -> {
            ps.setObject(1, me);
            ps.setObject(2, me);
            ps.setObject(3, me);
        }, rs -> new UnreadSummary(rs.getInt(1), rs.getInt(2))).get(0);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> retryingDeadlock(String sql, Binder binder, Mapper<T> mapper) {
        try {
            return query(sql, binder, mapper);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException cause && DEADLOCK_DETECTED.equals(cause.getSQLState())) {
                return query(sql, binder, mapper);
            }
            throw e;
        }
    }

    private <T> List<T> query(String sql, Binder binder, Mapper<T> mapper) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                    return rows;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("chat query failed", e);
        }
    }

    private static Conversation conversation(ResultSet rs) throws SQLException {
        return new Conversation(uuid(rs, 1), uuid(rs, 2), uuid(rs, 3), instant(rs, 4));
    }

    private static MessageRow message(ResultSet rs, int from) throws SQLException {
        return new MessageRow(uuid(rs, from), uuid(rs, from + 1), rs.getLong(from + 2), uuid(rs, from + 3),
                rs.getString(from + 4), rs.getString(from + 5), instant(rs, from + 6),
                MessageStatus.valueOf(rs.getString(from + 7)));
    }

    private static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Role role(String role) {
        return role == null ? null : Role.valueOf(role);
    }
}
