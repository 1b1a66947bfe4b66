package io.inpact.chat;

import io.inpact.api.accounts.Role;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain JDBC on the pool itself: every method is one short transaction of its own, and the send path
 * needs {@code ON CONFLICT} and {@code RETURNING}, which read best as the SQL they are.
 */
@Singleton
class ChatRepository {

    private static final String MESSAGE_COLUMNS =
            "m.id, m.conversation_id, m.seq, m.sender_id, m.client_id, m.body, m.created_at, m.delivered_at, m.seen_at";

    /**
     * The display name of the user aliased {@code o}, read through {@link #PROFILES_OF_O}, as the other features
     * name people (profiles store a blank name as null).
     */
    private static final String DISPLAY_NAME_OF_O = "coalesce(nullif(cp.display_name, ''), "
            + "nullif(bp.company_name, ''), o.username)";
    private static final String PROFILES_OF_O = "LEFT JOIN creator_profiles cp ON cp.user_id = o.id "
            + "LEFT JOIN brand_profiles bp ON bp.user_id = o.id ";

    private final DataSource pool;

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
        return query("SELECT id, user_a, user_b, created_at FROM chat_conversations WHERE id = ?",
                ps -> ps.setObject(1, id), ChatRepository::conversation).stream().findFirst();
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
                    return conversation(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open conversation", e);
        }
    }

    List<ConversationRow> conversationsOf(UUID me, int limit, long offset) {
        String sql = "SELECT c.id, c.user_a, c.user_b, c.created_at, o.id, o.username, " + DISPLAY_NAME_OF_O + ", o.role, "
                + "l.id, l.conversation_id, l.seq, l.sender_id, l.client_id, l.body, l.created_at, l.delivered_at, l.seen_at, "
                + "(SELECT count(*) FROM chat_messages u WHERE u.conversation_id = c.id AND u.sender_id <> ? AND u.seen_at IS NULL) "
                + "FROM chat_conversations c "
                + "JOIN users o ON o.id = CASE WHEN c.user_a = ? THEN c.user_b ELSE c.user_a END "
                + PROFILES_OF_O
                + "LEFT JOIN LATERAL (SELECT " + MESSAGE_COLUMNS + " FROM chat_messages m WHERE m.conversation_id = c.id "
                + "ORDER BY m.seq DESC LIMIT 1) l ON true "
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
                rs.getInt(18)));
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
     * Stores a batch of messages in one transaction (group commit). Answer {@code i} is for
     * {@code messages.get(i)}: empty when its sender is not a participant (the others are stored all the
     * same), else the stored row, {@code created} false when that client id was stored before (earlier in
     * the batch or in an earlier one). Numbers come from one sequence in the batch's (arrival) order and
     * nothing is locked, so replicas writing into the same conversations never wait for each other.
     */
    List<Optional<Stored>> storeMessages(List<NewMessage> messages) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Optional<Stored>> stored = storeMessages(c, messages);
                c.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store messages", e);
        }
    }

    private List<Optional<Stored>> storeMessages(Connection c, List<NewMessage> messages) throws SQLException {
        int n = messages.size();
        Map<UUID, Conversation> conversations = conversations(c,
                messages.stream().map(NewMessage::conversationId).distinct().toArray(UUID[]::new));
        UUID[] recipients = new UUID[n];
        int[] firstOfKey = new int[n];
        Map<MessageKey, Integer> firstByKey = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
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
                fresh.add(i);
            }
        }
        long[] seqs = nextSeqs(c, fresh.size());
        MessageRow[] rows = new MessageRow[n];
        boolean[] created = new boolean[n];
        for (int k = 0; k < fresh.size(); k++) {
            NewMessage m = messages.get(fresh.get(k));
            rows[fresh.get(k)] = new MessageRow(UUID.randomUUID(), m.conversationId(), seqs[k], m.senderId(),
                    m.clientId(), m.body(), null, null, null);
        }
        Map<UUID, Instant> inserted = insert(c, fresh.stream().map(i -> rows[i]).toList());
        List<Integer> storedBefore = new ArrayList<>();
        for (int i : fresh) {
            Instant at = inserted.get(rows[i].id());
            if (at == null) {
                storedBefore.add(i);
            } else {
                rows[i] = rows[i].withCreatedAt(at);
                created[i] = true;
            }
        }
        // a client id stored by an earlier batch leaves its number unused; order is all seq promises
        Map<MessageKey, MessageRow> earlier = findByClientIds(c, storedBefore.stream().map(i -> messages.get(i).key()).toList());
        for (int i : storedBefore) {
            rows[i] = earlier.get(messages.get(i).key());
            if (rows[i] == null) {
                throw new IllegalStateException("client id conflicted but no stored message matches it");
            }
        }
        List<Optional<Stored>> answers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            answers.add(firstOfKey[i] < 0 ? Optional.empty()
                    : Optional.of(new Stored(rows[firstOfKey[i]], recipients[i], firstOfKey[i] == i && created[i])));
        }
        return answers;
    }

    private Map<UUID, Conversation> conversations(Connection c, UUID[] ids) throws SQLException {
        Map<UUID, Conversation> found = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, user_a, user_b, created_at FROM chat_conversations WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Conversation conversation = conversation(rs);
                    found.put(conversation.id(), conversation);
                }
            }
        }
        return found;
    }

    /** {@code count} fresh numbers, ascending. */
    private long[] nextSeqs(Connection c, int count) throws SQLException {
        long[] seqs = new long[count];
        if (count == 0) {
            return seqs;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('chat_message_seq') FROM generate_series(1, ?)")) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                for (int k = 0; rs.next(); k++) {
                    seqs[k] = rs.getLong(1);
                }
            }
        }
        Arrays.sort(seqs);
        return seqs;
    }

    /** Inserts the rows whose client id is not stored yet; the ids and creation instants of those inserted. */
    private Map<UUID, Instant> insert(Connection c, List<MessageRow> rows) throws SQLException {
        Map<UUID, Instant> inserted = new HashMap<>();
        if (rows.isEmpty()) {
            return inserted;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO chat_messages "
                + "(id, conversation_id, seq, sender_id, client_id, body) "
                + "SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::bigint[], ?::uuid[], ?::text[], ?::text[]) "
                + "ON CONFLICT (conversation_id, sender_id, client_id) DO NOTHING RETURNING id, created_at")) {
            ps.setArray(1, c.createArrayOf("uuid", rows.stream().map(MessageRow::id).toArray()));
            ps.setArray(2, c.createArrayOf("uuid", rows.stream().map(MessageRow::conversationId).toArray()));
            ps.setArray(3, c.createArrayOf("int8", rows.stream().map(MessageRow::seq).toArray()));
            ps.setArray(4, c.createArrayOf("uuid", rows.stream().map(MessageRow::senderId).toArray()));
            ps.setArray(5, c.createArrayOf("text", rows.stream().map(MessageRow::clientId).toArray()));
            ps.setArray(6, c.createArrayOf("text", rows.stream().map(MessageRow::body).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.put(uuid(rs, 1), instant(rs, 2));
                }
            }
        }
        return inserted;
    }

    private Map<MessageKey, MessageRow> findByClientIds(Connection c, List<MessageKey> keys) throws SQLException {
        Map<MessageKey, MessageRow> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS + " FROM chat_messages m "
                + "JOIN unnest(?::uuid[], ?::uuid[], ?::text[]) AS k (conversation_id, sender_id, client_id) "
                + "ON m.conversation_id = k.conversation_id AND m.sender_id = k.sender_id AND m.client_id = k.client_id")) {
            ps.setArray(1, c.createArrayOf("uuid", keys.stream().map(MessageKey::conversationId).toArray()));
            ps.setArray(2, c.createArrayOf("uuid", keys.stream().map(MessageKey::senderId).toArray()));
            ps.setArray(3, c.createArrayOf("text", keys.stream().map(MessageKey::clientId).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MessageRow row = message(rs, 1);
                    found.put(new MessageKey(row.conversationId(), row.senderId(), row.clientId()), row);
                }
            }
        }
        return found;
    }

    /** Newest first, strictly older than {@code beforeSeq} when it is given. */
    List<MessageRow> history(UUID conversationId, Long beforeSeq, int limit) {
        return query("SELECT " + MESSAGE_COLUMNS + " FROM chat_messages m WHERE m.conversation_id = ? AND m.seq < ? "
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

    /** A device of {@code recipientId} has received message {@code messageId}. */
    record Ack(UUID recipientId, UUID messageId) {
    }

    private record Unacknowledged(UUID id, UUID senderId, UUID userA, UUID userB) {

        boolean isRecipient(UUID user) {
            return !senderId.equals(user) && (userA.equals(user) || userB.equals(user));
        }
    }

    /**
     * Marks each acknowledged message delivered if the acknowledging user is its recipient and it was not
     * yet; the rows that changed, each once. Who may acknowledge never changes, so it is checked first;
     * then one statement updates the batch. A row another transaction is changing right now is skipped
     * rather than waited for: that is another device's acknowledgement or the reader marking it seen, and
     * either reports the newer status itself. Plain {@code id = ANY (...)} lookups keep the plans cheap
     * even when the table's statistics are stale.
     */
    List<MessageRow> markDelivered(List<Ack> acks) {
        Map<UUID, Unacknowledged> unacknowledged = new HashMap<>();
        query("SELECT m.id, m.sender_id, c.user_a, c.user_b FROM chat_messages m "
                + "JOIN chat_conversations c ON c.id = m.conversation_id WHERE m.id = ANY (?) AND m.delivered_at IS NULL",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid",
                        acks.stream().map(Ack::messageId).distinct().toArray())),
                rs -> new Unacknowledged(uuid(rs, 1), uuid(rs, 2), uuid(rs, 3), uuid(rs, 4)))
                .forEach(message -> unacknowledged.put(message.id(), message));
        UUID[] allowed = acks.stream()
                .filter(ack -> unacknowledged.containsKey(ack.messageId())
                        && unacknowledged.get(ack.messageId()).isRecipient(ack.recipientId()))
                .map(Ack::messageId).distinct().sorted().toArray(UUID[]::new);
        if (allowed.length == 0) {
            return List.of();
        }
        return query("UPDATE chat_messages m SET delivered_at = now() WHERE m.id IN (SELECT id FROM chat_messages "
                + "WHERE id = ANY (?) AND delivered_at IS NULL FOR UPDATE SKIP LOCKED) RETURNING " + MESSAGE_COLUMNS,
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", allowed)), rs -> message(rs, 1));
    }

    /** Marks everything the other participant sent to {@code readerId} as seen; the rows that changed. */
    List<MessageRow> markSeen(UUID conversationId, UUID readerId) {
        return query("UPDATE chat_messages m SET seen_at = now(), delivered_at = coalesce(m.delivered_at, now()) "
                + "WHERE m.conversation_id = ? AND m.sender_id <> ? AND m.seen_at IS NULL RETURNING " + MESSAGE_COLUMNS,
                ps -> {
                    ps.setObject(1, conversationId);
                    ps.setObject(2, readerId);
                }, rs -> message(rs, 1));
    }

    List<UUID> partnersOf(UUID me) {
        return query("SELECT CASE WHEN user_a = ? THEN user_b ELSE user_a END FROM chat_conversations "
                + "WHERE user_a = ? OR user_b = ?", ps -> {
            ps.setObject(1, me);
            ps.setObject(2, me);
            ps.setObject(3, me);
        }, rs -> uuid(rs, 1));
    }

    UnreadSummary unread(UUID me) {
        return query("SELECT count(DISTINCT m.conversation_id), count(*) FROM chat_messages m "
                + "JOIN chat_conversations c ON c.id = m.conversation_id "
                + "WHERE (c.user_a = ? OR c.user_b = ?) AND m.sender_id <> ? AND m.seen_at IS NULL", ps -> {
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
                rs.getString(from + 4), rs.getString(from + 5), instant(rs, from + 6), instant(rs, from + 7),
                instant(rs, from + 8));
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
