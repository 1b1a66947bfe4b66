package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
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
    void shouldExchangeFramesWhenTheChatSocketIsOpenedThroughNginx() throws Exception {
        String cookie = Sessions.signUp("CREATOR");
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();

        WebSocket socket = open(Topology.baseUrl(), cookie, frames);
        socket.sendText("{\"type\":\"no-such-frame\"}", true).get(5, TimeUnit.SECONDS);

        assertThat(awaitFrame(frames, "\"type\":\"error\"")).contains("\"code\"");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
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

            assertThatThrownBy(() -> open(crippled, cookie, new LinkedBlockingQueue<>()))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(WebSocketHandshakeException.class);
        } finally {
            nginx.destroy();
            nginx.waitFor(15, TimeUnit.SECONDS);
            deleteRecursively(copy);
        }
    }

    /** The first frame (the server may greet first) that contains the text, within 10 seconds. */
    private static String awaitFrame(BlockingQueue<String> frames, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            String frame = frames.poll(100, TimeUnit.MILLISECONDS);
            if (frame != null && frame.contains(text)) {
                return frame;
            }
        }
        throw new AssertionError("no frame with " + text + " arrived");
    }

    private static WebSocket open(URI base, String cookie, BlockingQueue<String> frames) throws Exception {
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    frames.add(text.toString());
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        };
        return Http.CLIENT.newWebSocketBuilder()
                .header("Cookie", cookie)
                .header("Origin", base.toString())
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(Topology.webSocketUri(base, CHAT_SOCKET), listener)
                .get(10, TimeUnit.SECONDS);
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
