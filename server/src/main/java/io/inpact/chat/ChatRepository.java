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
import java.util.List;
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

    private final DataSource pool;

    ChatRepository(DataSource dataSource) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A conversation partner with what the list shows of them. */
    record Partner(UUID id, String username, Role role) {
    }

    /** One row of "my conversations". */
    record ConversationRow(Conversation conversation, Partner other, MessageRow last, int unread) {
    }

    /** The outcome of a send: {@code created} is false when the client id was already stored. */
    record Stored(MessageRow message, UUID recipientId, boolean created) {
    }

    Optional<Partner> findUser(UUID id) {
        return query("SELECT id, username, role FROM users WHERE id = ?", ps -> ps.setObject(1, id),
                rs -> new Partner(uuid(rs, 1), rs.getString(2), role(rs.getString(3)))).stream().findFirst();
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
        String sql = "SELECT c.id, c.user_a, c.user_b, c.created_at, o.id, o.username, o.role, "
                + "l.id, l.conversation_id, l.seq, l.sender_id, l.client_id, l.body, l.created_at, l.delivered_at, l.seen_at, "
                + "(SELECT count(*) FROM chat_messages u WHERE u.conversation_id = c.id AND u.sender_id <> ? AND u.seen_at IS NULL) "
                + "FROM chat_conversations c "
                + "JOIN users o ON o.id = CASE WHEN c.user_a = ? THEN c.user_b ELSE c.user_a END "
                + "LEFT JOIN LATERAL (SELECT " + MESSAGE_COLUMNS + " FROM chat_messages m WHERE m.conversation_id = c.id "
                + "ORDER BY m.seq DESC LIMIT 1) l ON true "
                + "WHERE c.user_a = ? OR c.user_b = ? "
                + "ORDER BY coalesce(c.last_message_at, c.created_at) DESC, c.id LIMIT ? OFFSET ?";
        return query(sql, ps -> {
            ps.setObject(1, me);
            ps.setObject(2, me);
            ps.setObject(3, me);
            ps.setObject(4, me);
            ps.setInt(5, limit);
            ps.setLong(6, offset);
        }, rs -> new ConversationRow(conversation(rs),
                new Partner(uuid(rs, 5), rs.getString(6), role(rs.getString(7))),
                rs.getObject(8) == null ? null : message(rs, 8),
                rs.getInt(17)));
    }

    long countConversationsOf(UUID me) {
        return query("SELECT count(*) FROM chat_conversations WHERE user_a = ? OR user_b = ?",
                ps -> {
                    ps.setObject(1, me);
                    ps.setObject(2, me);
                }, rs -> rs.getLong(1)).get(0);
    }

    /**
     * Stores a message unless {@code (conversation, sender, clientId)} is already stored. Bumping
     * {@code last_seq} checks the sender is a participant and locks the conversation row, so concurrent
     * sends to one conversation commit one after the other in seq order. Empty when the sender is not a
     * participant.
     */
    Optional<Stored> insertMessage(UUID conversationId, UUID senderId, String clientId, String body) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                Optional<Stored> stored = insertMessage(c, conversationId, senderId, clientId, body);
                c.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store message", e);
        }
    }

    private Optional<Stored> insertMessage(Connection c, UUID conversationId, UUID senderId, String clientId,
                                           String body) throws SQLException {
        long seq;
        UUID recipient;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE chat_conversations SET last_seq = last_seq + 1, last_message_at = now() "
                        + "WHERE id = ? AND (user_a = ? OR user_b = ?) RETURNING last_seq, user_a, user_b")) {
            ps.setObject(1, conversationId);
            ps.setObject(2, senderId);
            ps.setObject(3, senderId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                seq = rs.getLong(1);
                UUID a = uuid(rs, 2);
                recipient = a.equals(senderId) ? uuid(rs, 3) : a;
            }
        }
        // a retried client id leaves a gap in seq; order is all seq promises
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO chat_messages (id, conversation_id, seq, sender_id, client_id, body) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (conversation_id, sender_id, client_id) DO NOTHING RETURNING created_at")) {
            UUID id = UUID.randomUUID();
            ps.setObject(1, id);
            ps.setObject(2, conversationId);
            ps.setLong(3, seq);
            ps.setObject(4, senderId);
            ps.setString(5, clientId);
            ps.setString(6, body);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    MessageRow row = new MessageRow(id, conversationId, seq, senderId, clientId, body,
                            instant(rs, 1), null, null);
                    return Optional.of(new Stored(row, recipient, true));
                }
            }
        }
        return Optional.of(new Stored(findByClientId(c, conversationId, senderId, clientId), recipient, false));
    }

    private MessageRow findByClientId(Connection c, UUID conversationId, UUID senderId, String clientId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS
                + " FROM chat_messages m WHERE m.conversation_id = ? AND m.sender_id = ? AND m.client_id = ?")) {
            ps.setObject(1, conversationId);
            ps.setObject(2, senderId);
            ps.setString(3, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? message(rs, 1) : null;
            }
        }
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

    /** Marks a message delivered if {@code recipientId} is its recipient and it was not yet; the changed row. */
    Optional<MessageRow> markDelivered(UUID recipientId, UUID messageId) {
        return query("UPDATE chat_messages m SET delivered_at = now() FROM chat_conversations c "
                + "WHERE m.id = ? AND m.delivered_at IS NULL AND m.sender_id <> ? AND c.id = m.conversation_id "
                + "AND (c.user_a = ? OR c.user_b = ?) RETURNING " + MESSAGE_COLUMNS, ps -> {
            ps.setObject(1, messageId);
            ps.setObject(2, recipientId);
            ps.setObject(3, recipientId);
            ps.setObject(4, recipientId);
        }, rs -> message(rs, 1)).stream().findFirst();
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
