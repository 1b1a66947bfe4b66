package io.inpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.Role;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.ErrorBody;
import io.inpact.system.ErrorCodes;
import io.inpact.testsupport.FreePort;
import io.inpact.testsupport.TestInfra;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A signed-in request whose session cannot be checked against the deny-list, because Redis is down. */
@MicronautTest(transactional = false)
class SessionWithDeadRedisTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    SessionService sessions;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfra.properties());
        properties.put("redis.uri", "redis://127.0.0.1:" + FreePort.closed());
        return properties;
    }

    @Test
    void shouldAnswer503WithTheErrorShapeWhenRedisIsDownWhileCheckingTheSession() throws IOException, InterruptedException {
        Cookie cookie = sessions.start(UUID.randomUUID(), Role.CREATOR, 0,
                io.micronaut.http.HttpRequest.GET(ApiPaths.AUTH_ME));
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(ApiPaths.AUTH_ME))
                .header("Cookie", cookie.getName() + "=" + cookie.getValue())
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        String raw = new String(response.body(), StandardCharsets.UTF_8);
        ErrorBody error = json.readValue(response.body(), ErrorBody.class);
        assertThat(json.readValue(response.body(), Map.class).keySet()).as(raw)
                .isSubsetOf("status", "code", "message", "fieldErrors");
        assertThat(error.status()).isEqualTo(503);
        assertThat(error.code()).isEqualTo(ErrorCodes.UNAVAILABLE);
        assertThat(error.message()).isNotBlank();
        assertThat(raw).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
