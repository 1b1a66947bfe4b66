package io.inpact.accounts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** JDBC access to {@code password_reset_tokens} (V14): only hashes of tokens are stored. */
@Singleton
@Transactional
class ResetTokenRepository {

    private final DataSource dataSource;

    ResetTokenRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(String tokenHash, UUID userId, Instant expiresAt) {
        Jdbc.update(dataSource, "insert into password_reset_tokens (token_hash, user_id, expires_at) values (?, ?, ?)",
                tokenHash, userId, Timestamp.from(expiresAt));
    }

    /** Spends the token if it is unused and unexpired, and with it every other open token of the user. */
    Optional<UUID> spend(String tokenHash) {
        Optional<UUID> userId = Jdbc.query(dataSource, "update password_reset_tokens set used_at = now()"
                        + " where token_hash = ? and used_at is null and expires_at > now() returning user_id",
                rs -> rs.getObject(1, UUID.class), tokenHash);
        userId.ifPresent(id -> Jdbc.update(dataSource, "update password_reset_tokens set used_at = now()"
                + " where user_id = ? and used_at is null", id));
        return userId;
    }
}
