package io.inpact.chat;

import io.inpact.testsupport.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Receipts kept as timestamps on each message, before V45, become each reader's marks. */
class ReceiptMarksMigrationTest {

    private ScratchDatabase database;

    @BeforeEach
    void createDatabaseBeforeMarks() throws SQLException {
        database = ScratchDatabase.createAt("44");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void shouldMarkEachReaderUpToTheNewestMessageTheyHadReceivedAndSeen() throws SQLException {
        UUID brand = user("brand");
        UUID creator = user("creator");
        UUID conversation = conversation(brand, creator);
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO chat_messages (id, conversation_id, seq, sender_id, client_id, body, delivered_at, seen_at) VALUES "
                    + message(conversation, 1, brand, "now()", "now()") + ", "
                    + message(conversation, 2, brand, "now()", "NULL") + ", "
                    + message(conversation, 3, creator, "now()", "now()") + ", "
                    + message(conversation, 4, brand, "NULL", "NULL") + ", "
                    + message(conversation, 5, creator, "NULL", "NULL"));
        }

        database.migrate();

        assertThat(marks(conversation)).containsExactlyInAnyOrder(
                new Marks(creator, 2, 1),
                new Marks(brand, 3, 3));
    }

    @Test
    void shouldGiveANewConversationBothParticipantsMarksAtZero() throws SQLException {
        database.migrate();
        UUID brand = user("brand");
        UUID creator = user("creator");

        UUID conversation = conversation(brand, creator);

        assertThat(marks(conversation)).containsExactlyInAnyOrder(new Marks(brand, 0, 0), new Marks(creator, 0, 0));
    }

    private record Marks(UUID reader, long delivered, long seen) {
    }

    private UUID user(String role) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO users (id, email, username, password_hash, role) VALUES (?, ?, ?, 'x', ?)")) {
            ps.setObject(1, id);
            ps.setString(2, id + "@example.com");
            ps.setString(3, "u" + id.toString().substring(0, 8));
            ps.setString(4, role.toUpperCase());
            ps.executeUpdate();
        }
        return id;
    }

    private UUID conversation(UUID one, UUID two) throws SQLException {
        UUID id = UUID.randomUUID();
        boolean ordered = one.toString().compareTo(two.toString()) < 0;
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO chat_conversations (id, user_a, user_b) VALUES (?, ?, ?)")) {
            ps.setObject(1, id);
            ps.setObject(2, ordered ? one : two);
            ps.setObject(3, ordered ? two : one);
            ps.executeUpdate();
        }
        return id;
    }

    private static String message(UUID conversation, long seq, UUID sender, String deliveredAt, String seenAt) {
        return "('%s', '%s', %d, '%s', 'c%d', 'text', %s, %s)".formatted(UUID.randomUUID(), conversation, seq, sender, seq,
                deliveredAt, seenAt);
    }

    private List<Marks> marks(UUID conversation) throws SQLException {
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT reader_id, delivered_seq, seen_seq FROM chat_receipts WHERE conversation_id = ?")) {
            ps.setObject(1, conversation);
            List<Marks> marks = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    marks.add(new Marks(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3)));
                }
            }
            return marks;
        }
    }
}
