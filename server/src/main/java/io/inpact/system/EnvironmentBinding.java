package io.inpact.system;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.PropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Binds the deployment's environment variables (see server/.env.example) to Micronaut properties.
 * Runs for every application context, so the server and the tests read configuration the same way;
 * properties a test passes explicitly still win over these.
 */
@ContextConfigurer
public final class EnvironmentBinding implements ApplicationContextConfigurer {

    public static final String JWT_SECRET_PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    /** A per-process random secret that only the dev and test environments refer to. */
    public static final String EPHEMERAL_JWT_SECRET_PROPERTY = "inpact.ephemeral-jwt-secret";

    /** Above application.yml and plain environment variables, below system properties and test properties. */
    private static final int ORDER = EnvironmentPropertySource.POSITION + 50;
    private static final int DEFAULT_PG_PORT = 5432;
    private static final int DEFAULT_REDIS_PORT = 6379;
    private static final String DEFAULT_DB_NAME = "inpact";

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(PropertySource.of("inpact-environment", properties(System.getenv()), ORDER));
    }

    /** The Micronaut properties that the given environment variables stand for. */
    public static Map<String, Object> properties(Map<String, String> env) {
        Map<String, Object> properties = new HashMap<>();
        bindDatabase(env, properties);
        bindRedis(env, properties);
        String jwtSecret = secret(env, "JWT_SECRET");
        if (jwtSecret != null) {
            properties.put(JWT_SECRET_PROPERTY, jwtSecret);
        }
        properties.put(EPHEMERAL_JWT_SECRET_PROPERTY, randomSecret());
        return properties;
    }

    private static void bindDatabase(Map<String, String> env, Map<String, Object> properties) {
        DatabaseUrl database = null;
        String url = value(env, "DATABASE_URL");
        String host = value(env, "DB_HOST");
        if (url != null) {
            database = DatabaseUrl.parse(url);
        } else if (host != null) {
            String port = valueOr(env, "DB_PORT", String.valueOf(DEFAULT_PG_PORT));
            String name = valueOr(env, "DB_NAME", DEFAULT_DB_NAME);
            database = new DatabaseUrl("jdbc:postgresql://" + host + ":" + port + "/" + name, null, null);
        }
        if (database == null) {
            return;
        }
        properties.put("datasources.default.url", database.jdbcUrl());
        String user = database.username() != null ? database.username() : value(env, "DB_USER");
        String password = database.password() != null ? database.password() : secret(env, "DB_PASSWORD");
        if (user != null) {
            properties.put("datasources.default.username", user);
        }
        if (password != null) {
            properties.put("datasources.default.password", password);
        }
    }

    private static void bindRedis(Map<String, String> env, Map<String, Object> properties) {
        String url = value(env, "REDIS_URL");
        String host = value(env, "REDIS_HOST");
        if (url != null) {
            properties.put("redis.uri", url);
        } else if (host != null) {
            properties.put("redis.uri", "redis://" + host + ":" + valueOr(env, "REDIS_PORT", String.valueOf(DEFAULT_REDIS_PORT)));
        }
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * NAME, else the content of the file NAME_FILE names (a compose or Kubernetes secret mounted as a file,
     * the convention of the official database images), without its trailing line break.
     */
    static String secret(Map<String, String> env, String name) {
        String value = value(env, name);
        String file = value(env, name + "_FILE");
        if (value != null || file == null) {
            return value;
        }
        try {
            String content = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            return content.isEmpty() ? null : content;
        } catch (IOException e) {
            throw new IllegalStateException(name + "_FILE names " + file + ", which cannot be read: " + e.getMessage(), e);
        }
    }

    private static String valueOr(Map<String, String> env, String name, String fallback) {
        String value = value(env, name);
        return value == null ? fallback : value;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
