package io.inpact.system;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;

import java.nio.charset.StandardCharsets;

/** Refuses to start with a message that names the missing environment variable, before anything tries to use it. */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
final class RequiredConfiguration {

    static final int MIN_JWT_SECRET_BYTES = 32;

    RequiredConfiguration(Environment environment) {
        requireJwtSecret(environment);
        require(environment, "datasources.default.url",
                "No database configured: set DATABASE_URL (postgres://user:password@host:5432/db or jdbc:postgresql://host:5432/db) "
                        + "or DB_HOST with DB_PORT, DB_NAME, DB_USER and DB_PASSWORD.");
        require(environment, "redis.uri",
                "No Redis configured: set REDIS_URL (redis://host:6379) or REDIS_HOST with REDIS_PORT.");
    }

    private static void requireJwtSecret(Environment environment) {
        String secret = environment.getProperty(EnvironmentBinding.JWT_SECRET_PROPERTY, String.class).orElse("");
        if (secret.isBlank()) {
            throw new ConfigurationException("JWT_SECRET is not set. The server refuses to start without it outside the dev and test "
                    + "environments (active environments: " + environment.getActiveNames() + "). "
                    + "Set JWT_SECRET to a random string of at least " + MIN_JWT_SECRET_BYTES + " characters, e.g. `openssl rand -hex 32`.");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_JWT_SECRET_BYTES) {
            throw new ConfigurationException("JWT_SECRET is too short: HS256 needs at least " + MIN_JWT_SECRET_BYTES
                    + " bytes. Generate one with `openssl rand -hex 32`.");
        }
    }

    private static void require(Environment environment, String property, String message) {
        if (environment.getProperty(property, String.class).filter(value -> !value.isBlank()).isEmpty()) {
            throw new ConfigurationException(message);
        }
    }
}
