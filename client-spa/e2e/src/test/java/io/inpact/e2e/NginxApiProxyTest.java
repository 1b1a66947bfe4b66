package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** nginx's /api proxy in front of the backend. */
class NginxApiProxyTest {

    @Test
    void shouldAnswerWithTheBackendsDataWhenApiIsCalledThroughNginx() {
        HttpResponse<byte[]> direct = Http.send(HttpRequest.newBuilder(Topology.backendUrl().resolve("/api/system/info")).build());

        HttpResponse<byte[]> proxied = Http.get("/api/system/info");

        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(Http.header(proxied, "Content-Type")).startsWith("application/json");
        assertThat(Json.string(Http.text(proxied), "version")).isEqualTo(Json.string(Http.text(direct), "version"));
    }

    @Test
    void shouldPassTheClientsRequestIdToTheBackendWhenItIsWellFormed() {
        String requestId = "e2e-" + UUID.randomUUID();

        HttpResponse<byte[]> response = Http.get("/api/system/info", "X-Request-Id", requestId);

        assertThat(response.headers().allValues("X-Request-Id")).containsExactly(requestId);
        awaitBackendLogContains(requestId);
    }

    @Test
    void shouldGiveTheBackendAFreshRequestIdWhenTheClientSendsNoneOrAMalformedOne() {
        HttpResponse<byte[]> response = Http.get("/api/system/info", "X-Request-Id", "bad id\"with quotes");

        String requestId = Http.header(response, "X-Request-Id");
        assertThat(requestId).matches("[0-9a-f]{32}");
        awaitBackendLogContains(requestId);
    }

    @Test
    void shouldPassTheBackendsErrorBodyThroughWhenTheRouteIsUnknown() {
        HttpResponse<byte[]> response = Http.get("/api/no-such-route-" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.text(response)).contains("\"status\":404").contains("\"code\"");
    }

    @Test
    void shouldRefuseWithTheErrorShapeWhenTheRequestBodyIsTooLarge() {
        byte[] body = new byte[2 * 1024 * 1024];

        HttpResponse<byte[]> response = Http.send(Http.request("/api/auth/login", "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Http.header(response, "Content-Type")).startsWith("application/json");
        assertThat(Json.string(Http.text(response), "code")).isEqualTo("payload_too_large");
    }

    private static void awaitBackendLogContains(String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!backendLog().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the backend never logged request id " + text + " (" + Topology.backendLog() + ")");
            }
            sleep();
        }
    }

    private static String backendLog() {
        try {
            return Files.readString(Topology.backendLog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
