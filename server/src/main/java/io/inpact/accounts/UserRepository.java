package io.inpact.accounts;

import io.inpact.api.accounts.Role;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** JDBC access to {@code users}; each method joins the caller's transaction or runs in its own. */
@Singleton
@Transactional
class UserRepository {

    private static final String COLUMNS = "id, email, username, password_hash, role, created_at, session_version";

    private final DataSource dataSource;

    UserRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean emailTaken(String email) {
        return exists("select 1 from users where lower(email) = lower(?)", email);
    }

    boolean usernameTaken(String username) {
        return exists("select 1 from users where lower(username) = lower(?)", username);
    }

    /** The user and the empty profile of its role, so public reads find every creator and brand. */
    void insertWithEmptyProfile(UserRecord user) {
        Jdbc.update(dataSource, "insert into users (id, email, username, password_hash, role, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                user.id(), user.email(), user.username(), user.passwordHash(), user.role().name(),
                Timestamp.from(user.createdAt()));
        Jdbc.update(dataSource, user.role() == Role.CREATOR
                ? "insert into creator_profiles (user_id) values (?)"
                : "insert into brand_profiles (user_id) values (?)", user.id());
    }

    Optional<UserRecord> findByEmail(String email) {
        return find("select " + COLUMNS + " from users where lower(email) = lower(?)", email);
    }

    Optional<UserRecord> findById(UUID id) {
        return find("select " + COLUMNS + " from users where id = ?", id);
    }

    void updatePassword(UUID id, String passwordHash) {
        Jdbc.update(dataSource, "update users set password_hash = ? where id = ?", passwordHash, id);
    }

    /** Raises the session version so every session issued before now is refused; returns the new version. */
    int bumpSessionVersion(UUID id) {
        return Jdbc.query(dataSource,
                "update users set session_version = session_version + 1 where id = ? returning session_version",
                rs -> rs.getInt(1), id).orElseThrow();
    }

    private boolean exists(String sql, Object value) {
        return Jdbc.query(dataSource, sql, rs -> true, value).isPresent();
    }

    private Optional<UserRecord> find(String sql, Object value) {
        return Jdbc.query(dataSource, sql, UserRepository::map, value);
    }

    private static UserRecord map(ResultSet rs) throws SQLException {
        return new UserRecord(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("username"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("session_version"));
    }
}
