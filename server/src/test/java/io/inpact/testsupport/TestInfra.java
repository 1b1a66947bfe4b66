package io.inpact.testsupport;

import io.inpact.system.DatabaseUrl;
import io.inpact.system.EnvironmentBinding;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Real PostgreSQL and Redis for server tests. Once per test JVM it creates a fresh database with a random name
 * (dropped again at JVM exit); every call to {@link #properties()} adds a random Redis key prefix and JWT secret.
 * The keys under every prefix handed out are deleted at JVM exit too.
 *
 * <p>Where from: PostgreSQL admin connection from {@code TEST_PG_URL}, else {@code DATABASE_URL}, else
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres} as user postgres; Redis from {@code TEST_REDIS_URL}, else
 * {@code REDIS_URL}, else {@code redis://127.0.0.1:6379}. When nothing answers there and a Docker engine is
 * present, PostgreSQL and Redis are started with Testcontainers instead.
 */
public final class TestInfra {

    private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String DEFAULT_ADMIN_USER = "postgres";
    private static final String DEFAULT_REDIS_URI = "redis://127.0.0.1:6379";
    private static final int CONNECT_TIMEOUT_SECONDS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestInfra() {
    }

    /** Micronaut properties for a test context: the per-run database, Redis, a fresh key prefix and JWT secret. */
    public static Map<String, String> properties() {
        Infra infra = Infra.INSTANCE;
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", infra.database.jdbcUrl());
        properties.put("datasources.default.username", infra.database.username());
        properties.put("datasources.default.password", infra.database.password() == null ? "" : infra.database.password());
        properties.put("redis.uri", infra.redisUri);
        properties.put("inpact.redis.key-prefix", redisKeyPrefix());
        properties.put(EnvironmentBinding.JWT_SECRET_PROPERTY, randomHex(32));
        properties.put("micronaut.server.port", "-1");
        // tests call the server over HTTP, where a transaction around the test method only holds a connection
        properties.put("micronaut.test.transactional", "false");
        // with graceful shutdown on, closing a context waits out the whole grace period (20 s) for a participant
        // that does not report done; test contexts stop the old way. ChatGracefulShutdownTest (chat's 1012 close)
        // and GracefulShutdownTest (in-flight requests, real server in its own JVM) run with it on.
        properties.put("micronaut.lifecycle.graceful-shutdown.enabled", "false");
        return properties;
    }

    /** The per-run database, for tests that need a direct JDBC connection. */
    public static DatabaseUrl database() {
        return Infra.INSTANCE.database;
    }

    /** The Redis the tests use, as a redis:// URI. */
    public static String redisUri() {
        return Infra.INSTANCE.redisUri;
    }

    public static Connection connect() throws SQLException {
        return Infra.connect(Infra.INSTANCE.database);
    }

    /** A Redis key prefix no other test uses; the keys under it are deleted when the test JVM exits. */
    public static String redisKeyPrefix() {
        String prefix = "test:" + randomHex(6) + ":";
        Infra.INSTANCE.prefixes.add(prefix);
        return prefix;
    }

    /** Deletes every key under the given prefixes from the tests' Redis. */
    static void deleteKeys(Set<String> prefixes) {
        Infra.INSTANCE.deleteKeys(prefixes);
    }

    public static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }

    private static final class Infra {

        static final Infra INSTANCE = new Infra();

        final DatabaseUrl database;
        final String redisUri;
        final Set<String> prefixes = ConcurrentHashMap.newKeySet();

        private Infra() {
            DatabaseUrl admin = adminDatabase();
            String redis = firstSet("TEST_REDIS_URL", "REDIS_URL", DEFAULT_REDIS_URI);
            String postgresProblem = problemConnecting(admin);
            boolean redisAnswers = answers(redis);
            if (postgresProblem != null || !redisAnswers) {
                if (!Containers.dockerAvailable()) {
                    throw new IllegalStateException("Tests need a real PostgreSQL and Redis. PostgreSQL at " + admin.jdbcUrl() + ": "
                            + (postgresProblem == null ? "ok" : postgresProblem) + "; Redis at " + redis + ": "
                            + (redisAnswers ? "ok" : "not answering")
                            + ". No Docker engine for Testcontainers either. Start them or set TEST_PG_URL / TEST_REDIS_URL.");
                }
                if (postgresProblem != null) {
                    admin = Containers.postgres();
                }
                if (!redisAnswers) {
                    redis = Containers.redis();
                }
            }
            String name = "inpact_test_" + randomHex(6);
            execute(admin, "CREATE DATABASE " + name);
            DatabaseUrl adminForDrop = admin;
            Runtime.getRuntime().addShutdownHook(new Thread(
                    () -> executeQuietly(adminForDrop, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"), "drop-" + name));
            this.database = admin.withDatabase(name);
            this.redisUri = redis;
            Runtime.getRuntime().addShutdownHook(new Thread(this::deleteOwnKeysQuietly, "delete-test-keys"));
        }

        private static DatabaseUrl adminDatabase() {
            String url = firstSet("TEST_PG_URL", "DATABASE_URL", null);
            if (url == null) {
                return new DatabaseUrl(DEFAULT_ADMIN_URL, DEFAULT_ADMIN_USER, null);
            }
            DatabaseUrl parsed = DatabaseUrl.parse(url);
            String user = parsed.username() != null ? parsed.username() : firstSet("DB_USER", "PGUSER", DEFAULT_ADMIN_USER);
            String password = parsed.password() != null ? parsed.password() : firstSet("DB_PASSWORD", "PGPASSWORD", null);
            return new DatabaseUrl(parsed.jdbcUrl(), user, password);
        }

        static Connection connect(DatabaseUrl database) throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", database.username());
            if (database.password() != null) {
                properties.setProperty("password", database.password());
            }
            properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
            return DriverManager.getConnection(database.jdbcUrl(), properties);
        }

        private static String problemConnecting(DatabaseUrl database) {
            try (Connection ignored = connect(database)) {
                return null;
            } catch (SQLException e) {
                return e.getMessage();
            }
        }

        private static boolean answers(String redisUri) {
            URI uri = URI.create(redisUri);
            int port = uri.getPort() < 0 ? 6379 : uri.getPort();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), port), CONNECT_TIMEOUT_SECONDS * 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static void execute(DatabaseUrl database, String sql) {
            try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("could not run [" + sql + "] on " + database.jdbcUrl() + ": " + e.getMessage(), e);
            }
        }

        private static void executeQuietly(DatabaseUrl database, String sql) {
            try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                // the JVM is exiting; a database left behind only costs disk, and its name says it was a test's
            }
        }

        void deleteKeys(Set<String> prefixes) {
            RedisClient client = RedisClient.create(redisUri);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                RedisCommands<String, String> redis = connection.sync();
                for (String prefix : prefixes) {
                    List<String> keys = new ArrayList<>();
                    ScanIterator.scan(redis, ScanArgs.Builder.matches(prefix + "*").limit(1000)).forEachRemaining(keys::add);
                    for (int from = 0; from < keys.size(); from += 500) {
                        redis.unlink(keys.subList(from, Math.min(keys.size(), from + 500)).toArray(String[]::new));
                    }
                }
            } finally {
                client.shutdown(0, 2, TimeUnit.SECONDS);
            }
        }

        private void deleteOwnKeysQuietly() {
            try {
                deleteKeys(prefixes);
            } catch (RuntimeException e) {
                // the JVM is exiting; keys left behind only cost memory, and their prefix says they were a test's
            }
        }

        private static String firstSet(String first, String second, String fallback) {
            for (String name : new String[] {first, second}) {
                String value = System.getenv(name);
                if (value != null && !value.isBlank()) {
                    return value.trim();
                }
            }
            return fallback;
        }
    }

    /** Kept apart so Testcontainers' classes load only when a container is really needed. */
    private static final class Containers {

        static boolean dockerAvailable() {
            try {
                return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        static DatabaseUrl postgres() {
            org.testcontainers.containers.PostgreSQLContainer<?> container =
                    new org.testcontainers.containers.PostgreSQLContainer<>("postgres:16.4-alpine");
            container.start();
            return new DatabaseUrl(container.getJdbcUrl(), container.getUsername(), container.getPassword()).withDatabase("postgres");
        }

        static String redis() {
            org.testcontainers.containers.GenericContainer<?> container =
                    new org.testcontainers.containers.GenericContainer<>("redis:7.4-alpine").withExposedPorts(6379);
            container.start();
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        }
    }
}
