package io.inpact.system;

import io.inpact.api.common.ComponentHealth;
import io.inpact.api.common.SystemInfo;
import io.inpact.testsupport.TestInfra;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class HealthTest implements TestPropertyProvider {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @Test
    void shouldReportPostgresAndRedisUpWhenBothAnswer() {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(HttpRequest.GET("/health/readiness"), JSON_OBJECT);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).containsEntry("status", "UP");
        assertThat(componentStatus(response.body(), "postgresql")).isEqualTo("UP");
        assertThat(componentStatus(response.body(), "redis")).isEqualTo("UP");
    }

    @Test
    void shouldAnswerLivenessWithoutAskingDependencies() {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(HttpRequest.GET("/health/liveness"), JSON_OBJECT);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).containsEntry("status", "UP");
        assertThat(detailsOf(response.body())).doesNotContainKeys("postgresql", "redis");
    }

    @Test
    void shouldIncludeDependenciesInOverallHealth() {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(HttpRequest.GET("/health"), JSON_OBJECT);

        assertThat(response.code()).isEqualTo(200);
        assertThat(componentStatus(response.body(), "postgresql")).isEqualTo("UP");
        assertThat(componentStatus(response.body(), "redis")).isEqualTo("UP");
    }

    @Test
    void shouldShowVersionAndHealthyPartsWhenSystemInfoIsAskedAnonymously() {
        SystemInfo info = client.toBlocking().retrieve("/api/system/info", SystemInfo.class);

        assertThat(info.version()).isEqualTo(System.getProperty("inpact.expected-version"));
        assertThat(info.status()).isEqualTo("UP");
        assertThat(info.components()).extracting(ComponentHealth::name).containsExactly("postgresql", "redis");
        assertThat(info.components()).allSatisfy(component -> {
            assertThat(component.status()).isEqualTo("UP");
            assertThat(component.detail()).isNull();
        });
    }

    @Test
    void shouldSendOnlyTheRecordFieldsWhenSystemInfoIsSerialized() {
        Map<String, Object> body = client.toBlocking().retrieve(
                HttpRequest.GET("/api/system/info"), JSON_OBJECT);

        assertThat(body).containsOnlyKeys("version", "status", "components");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) body.get("components")).get(0);
        assertThat(first).containsOnlyKeys("name", "status", "latencyMillis");
    }

    @Test
    void shouldNotExposeOtherManagementEndpoints() {
        for (String path : new String[] {"/beans", "/env", "/loggers", "/routes", "/threaddump", "/info"}) {
            assertThat(HealthProbe.get(client, path).status()).as(path).isIn(401, 404);
        }
    }

    static String componentStatus(Map<String, Object> health, String component) {
        Object entry = detailsOf(health).get(component);
        assertThat(entry).as("health component " + component).isInstanceOf(Map.class);
        return String.valueOf(((Map<?, ?>) entry).get("status"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> detailsOf(Map<String, Object> health) {
        Object details = health.get("details");
        return details instanceof Map ? (Map<String, Object>) details : Map.of();
    }
}
