package io.inpact.testsupport;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class TestInfraTest implements TestPropertyProvider {

    @Inject
    ConnectionOperations<Connection> connections;

    @Inject
    StatefulRedisConnection<String, String> redis;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @Test
    void shouldConnectToTheRunsOwnFreshDatabaseWhenContextStarts() {
        String database = connections.executeRead(status -> currentDatabase(status.getConnection()));

        assertThat(database).startsWith("inpact_test_");
        assertThat(TestInfra.database().jdbcUrl()).containsPattern("/" + database + "(\\?|$)");
    }

    @Test
    void shouldReachTheSameDatabaseWhenConnectingDirectly() throws SQLException {
        try (Connection connection = TestInfra.connect()) {
            assertThat(TestInfra.database().jdbcUrl()).contains("/" + currentDatabase(connection));
        }
    }

    @Test
    void shouldHandOutADifferentKeyPrefixAndSecretWhenAskedAgain() {
        Map<String, String> first = TestInfra.properties();
        Map<String, String> second = TestInfra.properties();

        assertThat(first.get("inpact.redis.key-prefix")).isNotEqualTo(second.get("inpact.redis.key-prefix"));
        assertThat(first.get("micronaut.security.token.jwt.signatures.secret.generator.secret"))
                .isNotEqualTo(second.get("micronaut.security.token.jwt.signatures.secret.generator.secret"));
        assertThat(first.get("datasources.default.url")).isEqualTo(second.get("datasources.default.url"));
    }

    @Test
    void shouldReachRealRedisWhenContextStarts() {
        String key = TestInfra.redisKeyPrefix() + UUID.randomUUID();

        redis.sync().setex(key, 30, "value");

        assertThat(redis.sync().get(key)).isEqualTo("value");
    }

    @Test
    void shouldDeleteTheKeysUnderItsPrefixesAndNoOthersWhenCleaningUp() {
        String mine = TestInfra.redisKeyPrefix();
        String other = TestInfra.redisKeyPrefix();
        for (int i = 0; i < 1_200; i++) {
            redis.sync().setex(mine + "key:" + i, 60, "value");
        }
        redis.sync().setex(other + "key", 60, "value");

        TestInfra.deleteKeys(Set.of(mine));

        assertThat(redis.sync().keys(mine + "*")).isEmpty();
        assertThat(redis.sync().get(other + "key")).isEqualTo("value");
    }

    private static String currentDatabase(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select current_database()")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
