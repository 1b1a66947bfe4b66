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
class HealthWithDeadRedisTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfra.properties());
        properties.put("redis.uri", "redis://127.0.0.1:" + FreePort.closed());
        return properties;
    }

    @Test
    void shouldAnswer503OnReadinessWhenRedisIsUnreachable() {
        HealthProbe readiness = HealthProbe.get(client, "/health/readiness");
        Map<String, Object> body = readiness.body();

        assertThat(readiness.status()).isEqualTo(503);
        assertThat(body).containsEntry("status", "DOWN");
        assertThat(HealthTest.componentStatus(body, "redis")).isEqualTo("DOWN");
        assertThat(HealthTest.componentStatus(body, "postgresql")).isEqualTo("UP");
    }

    @Test
    void shouldStayLiveWhenRedisIsUnreachable() {
        assertThat(HealthProbe.get(client, "/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void shouldReportRedisDownInSystemInfoWhenRedisIsUnreachable() {
        SystemInfo info = client.toBlocking().retrieve("/api/system/info", SystemInfo.class);

        assertThat(info.status()).isEqualTo("DOWN");
        assertThat(info.components()).filteredOn(c -> c.name().equals("redis")).singleElement()
                .satisfies(redis -> {
                    assertThat(redis.status()).isEqualTo(ComponentHealth.DOWN);
                    assertThat(redis.detail()).isNotBlank();
                });
    }
}
