package io.inpact.system;

import io.inpact.api.common.ComponentHealth;
import io.inpact.api.common.SystemInfo;
import io.inpact.testsupport.FreePort;
import io.inpact.testsupport.TestInfra;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class HealthWithDeadPostgresTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfra.properties());
        properties.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:" + FreePort.closed() + "/inpact");
        // the server must come up to report the outage: no migration run, and a pool that starts empty
        properties.put("flyway.datasources.default.enabled", "false");
        properties.put("datasources.default.initialization-fail-timeout", "-1");
        return properties;
    }

    @Test
    void shouldAnswer503OnReadinessWhenPostgresIsUnreachable() {
        HealthProbe readiness = HealthProbe.get(client, "/health/readiness");
        Map<String, Object> body = readiness.body();

        assertThat(readiness.status()).isEqualTo(503);
        assertThat(HealthTest.componentStatus(body, "postgresql")).isEqualTo("DOWN");
        assertThat(HealthTest.componentStatus(body, "redis")).isEqualTo("UP");
    }

    @Test
    void shouldReportPostgresDownInSystemInfoWhenPostgresIsUnreachable() {
        SystemInfo info = client.toBlocking().retrieve("/api/system/info", SystemInfo.class);

        assertThat(info.status()).isEqualTo("DOWN");
        assertThat(info.components()).filteredOn(c -> c.name().equals("postgresql")).singleElement()
                .satisfies(postgres -> assertThat(postgres.status()).isEqualTo(ComponentHealth.DOWN));
    }
}
