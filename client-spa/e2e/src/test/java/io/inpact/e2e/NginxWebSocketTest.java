package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The chat WebSocket through nginx: upgraded by the real chain, and refused once the config stops passing
 * the Upgrade/Connection headers (a copy of the running config without those two lines, on its own port).
 */
class NginxWebSocketTest {

    private static final String CHAT_SOCKET = "/api/chat/ws";

    @Test
    void shouldExchangeFramesWhenTheChatSocketIsOpenedThroughNginx() {
        String cookie = Sessions.signUp("CREATOR");

        try (ChatSocket socket = new ChatSocket(cookie)) {
            socket.sendRaw("{\"type\":\"no-such-frame\"}");

            assertThat(socket.awaitFrame("\"type\":\"error\"")).contains("\"code\"");
        }
    }

    @Test
    void shouldRefuseTheUpgradeWhenTheConfigNoLongerPassesUpgradeHeaders() throws Exception {
        String cookie = Sessions.signUp("CREATOR");
        Path copy = Files.createTempDirectory("inpact-nginx-no-upgrade-");
        int port = freePort();
        List<String> removed = copyConfigWithoutUpgradeHeaders(Topology.nginxPrefix(), copy, port);
        assertThat(removed).hasSize(2);
        URI crippled = URI.create("http://localhost:" + port);

        Process nginx = startNginx(copy);
        try {
            awaitHealthy(crippled, nginx, copy);
            assertThat(Http.send(HttpRequest.newBuilder(crippled.resolve("/api/system/info")).build()).statusCode())
                    .isEqualTo(200);

            assertThatThrownBy(() -> new ChatSocket(crippled, cookie))
                    .hasCauseInstanceOf(WebSocketHandshakeException.class);
        } finally {
            nginx.destroy();
            nginx.waitFor(15, TimeUnit.SECONDS);
            deleteRecursively(copy);
        }
    }

    /** Copies the rendered config, listening on another port, without the two WebSocket header lines. */
    private static List<String> copyConfigWithoutUpgradeHeaders(Path prefix, Path copy, int port) throws IOException {
        Files.copy(prefix.resolve("nginx.conf"), copy.resolve("nginx.conf"));
        Files.copy(prefix.resolve("mime.types"), copy.resolve("mime.types"));
        Files.createDirectories(copy.resolve("conf.d"));
        List<String> lines = Files.readAllLines(prefix.resolve("conf.d/default.conf"));
        List<String> removed = lines.stream()
                .filter(line -> line.trim().startsWith("proxy_set_header Upgrade ")
                        || line.trim().startsWith("proxy_set_header Connection "))
                .collect(Collectors.toList());
        String config = lines.stream()
                .filter(line -> !removed.contains(line))
                .map(line -> line.replaceFirst("^(\\s*)listen\\s+[^;]+;", "$1listen 127.0.0.1:" + port + ";"))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(copy.resolve("conf.d/default.conf"), config);
        copy.toFile().setReadable(true, false);
        copy.toFile().setExecutable(true, false);
        return removed;
    }

    private static Process startNginx(Path copy) throws IOException {
        return new ProcessBuilder("nginx", "-p", copy + "/", "-c", copy.resolve("nginx.conf").toString(),
                "-e", "stderr", "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(copy.resolve("nginx.log").toFile())
                .start();
    }

    private static void awaitHealthy(URI base, Process nginx, Path copy) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            if (!nginx.isAlive()) {
                throw new AssertionError("nginx copy exited: " + Files.readString(copy.resolve("nginx.log")));
            }
            try {
                if (Http.send(HttpRequest.newBuilder(base.resolve("/nginx-health")).build()).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            Thread.sleep(100);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
