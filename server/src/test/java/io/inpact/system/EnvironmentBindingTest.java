package io.inpact.system;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentBindingTest {

    @Test
    void shouldBindDatasourceWhenDatabaseUrlIsPostgresStyle() {
        Map<String, Object> properties = EnvironmentBinding.properties(Map.of(
                "DATABASE_URL", "postgres://app:pw@db:5433/inpact"));

        assertThat(properties)
                .containsEntry("datasources.default.url", "jdbc:postgresql://db:5433/inpact")
                .containsEntry("datasources.default.username", "app")
                .containsEntry("datasources.default.password", "pw");
    }

    @Test
    void shouldTakeCredentialsFromDbUserWhenDatabaseUrlIsJdbc() {
        Map<String, Object> properties = EnvironmentBinding.properties(Map.of(
                "DATABASE_URL", "jdbc:postgresql://db:5432/inpact",
                "DB_USER", "app",
                "DB_PASSWORD", "pw"));

        assertThat(properties)
                .containsEntry("datasources.default.url", "jdbc:postgresql://db:5432/inpact")
                .containsEntry("datasources.default.username", "app")
                .containsEntry("datasources.default.password", "pw");
    }

    @Test
    void shouldBuildUrlFromPartsWhenOnlyDbHostIsGiven() {
        Map<String, Object> properties = EnvironmentBinding.properties(Map.of(
                "DB_HOST", "postgres", "DB_PORT", "6000", "DB_NAME", "sponsor", "DB_USER", "u", "DB_PASSWORD", "p"));

        assertThat(properties)
                .containsEntry("datasources.default.url", "jdbc:postgresql://postgres:6000/sponsor")
                .containsEntry("datasources.default.username", "u")
                .containsEntry("datasources.default.password", "p");
    }

    @Test
    void shouldPreferDatabaseUrlWhenBothStylesAreGiven() {
        Map<String, Object> properties = EnvironmentBinding.properties(Map.of(
                "DATABASE_URL", "postgres://a:b@one/inpact", "DB_HOST", "two"));

        assertThat(properties).containsEntry("datasources.default.url", "jdbc:postgresql://one:5432/inpact");
    }

    @Test
    void shouldBindRedisWhenUrlOrHostIsGiven() {
        assertThat(EnvironmentBinding.properties(Map.of("REDIS_URL", "rediss://cache:6380/1")))
                .containsEntry("redis.uri", "rediss://cache:6380/1");
        assertThat(EnvironmentBinding.properties(Map.of("REDIS_HOST", "redis")))
                .containsEntry("redis.uri", "redis://redis:6379");
        assertThat(EnvironmentBinding.properties(Map.of("REDIS_HOST", "redis", "REDIS_PORT", "7000")))
                .containsEntry("redis.uri", "redis://redis:7000");
    }

    @Test
    void shouldBindJwtSecretOnlyWhenSet() {
        assertThat(EnvironmentBinding.properties(Map.of("JWT_SECRET", "x".repeat(40))))
                .containsEntry(EnvironmentBinding.JWT_SECRET_PROPERTY, "x".repeat(40));
        assertThat(EnvironmentBinding.properties(Map.of("JWT_SECRET", "  ")))
                .doesNotContainKey(EnvironmentBinding.JWT_SECRET_PROPERTY);
    }

    @Test
    void shouldBindNothingWhenEnvironmentIsEmpty() {
        Map<String, Object> properties = EnvironmentBinding.properties(Map.of());

        assertThat(properties).containsOnlyKeys(EnvironmentBinding.EPHEMERAL_JWT_SECRET_PROPERTY);
    }

    @Test
    void shouldDrawADifferentEphemeralSecretWhenCalledAgain() {
        Object first = EnvironmentBinding.properties(Map.of()).get(EnvironmentBinding.EPHEMERAL_JWT_SECRET_PROPERTY);
        Object second = EnvironmentBinding.properties(Map.of()).get(EnvironmentBinding.EPHEMERAL_JWT_SECRET_PROPERTY);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.toString()).hasSize(64);
    }
}
