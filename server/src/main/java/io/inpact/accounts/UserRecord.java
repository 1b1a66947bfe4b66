package io.inpact.accounts;

import io.inpact.api.accounts.Role;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code users}; never leaves the server (the password hash is in it). */
record UserRecord(UUID id, String email, String username, String passwordHash, Role role, Instant createdAt,
                  int sessionVersion) {
}
