package io.inpact.accounts;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Argon2id hashing (salt 16 B, hash 32 B, 1 lane, 16 MiB, 2 passes) in PHC string form. */
@Singleton
public class PasswordHasher {

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /** Checked against when the e-mail is unknown, so that answer takes as long as a wrong password. */
    private final String decoyHash = encoder.encode("decoy password that matches nothing 0");

    public String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoyHash : hash);
    }
}
