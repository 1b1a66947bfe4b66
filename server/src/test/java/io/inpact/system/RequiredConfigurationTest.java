package io.inpact.system;

import io.inpact.testsupport.TestInfra;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequiredConfigurationTest {

    @Test
    void shouldRefuseToStartWhenJwtSecretIsMissingOutsideDevAndTest() {
        Map<String, Object> properties = new HashMap<>(TestInfra.properties());
        properties.put(EnvironmentBinding.JWT_SECRET_PROPERTY, "");

        assertThatThrownBy(() -> startContext(properties, "prod").close())
                .satisfies(e -> assertThat(rootMessage(e))
                        .contains("JWT_SECRET is not set")
                        .contains("outside the dev and test environments"));
    }

    @Test
    void shouldRefuseToStartWhenJwtSecretIsTooShort() {
        Map<String, Object> properties = new HashMap<>(TestInfra.properties());
        properties.put(EnvironmentBinding.JWT_SECRET_PROPERTY, "short");

        assertThatThrownBy(() -> startContext(properties, "prod").close())
                .satisfies(e -> assertThat(rootMessage(e)).contains("JWT_SECRET is too short"));
    }

    @Test
    void shouldStartWithEphemeralSecretWhenJwtSecretIsMissingInDev() {
        Map<String, Object> properties = new HashMap<>(TestInfra.properties());
        properties.remove(EnvironmentBinding.JWT_SECRET_PROPERTY);

        try (ApplicationContext context = startContext(properties, "dev")) {
            String fromEnvironment = System.getenv("JWT_SECRET");
            String expected = fromEnvironment == null || fromEnvironment.isBlank()
                    ? context.getRequiredProperty(EnvironmentBinding.EPHEMERAL_JWT_SECRET_PROPERTY, String.class)
                    : fromEnvironment.trim();
            assertThat(context.getProperty(EnvironmentBinding.JWT_SECRET_PROPERTY, String.class)).contains(expected);
        }
    }

    @Test
    void shouldRefuseToStartWhenNoDatabaseIsConfigured() {
        Map<String, Object> properties = new HashMap<>(TestInfra.properties());
        properties.put("datasources.default.url", "");

        assertThatThrownBy(() -> startContext(properties, "prod").close())
                .satisfies(e -> assertThat(rootMessage(e)).contains("set DATABASE_URL"));
    }

    @Test
    void shouldRefuseToStartWhenNoRedisIsConfigured() {
        Map<String, Object> properties = new HashMap<>(TestInfra.properties());
        properties.put("redis.uri", "");

        assertThatThrownBy(() -> startContext(properties, "prod").close())
                .satisfies(e -> assertThat(rootMessage(e)).contains("set REDIS_URL"));
    }

    private static ApplicationContext startContext(Map<String, Object> properties, String environment) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments(environment)
                .properties(properties)
                .start();
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
