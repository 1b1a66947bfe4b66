package io.inpact.devserver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the dev server on a free port against a private copy of the real SPA and shared-model sources, and
 * a real HTTP peer in the backend's place; edits files in the copy as a developer would.
 */
class DevServerTest {

    private static final Duration FIRST_BUILD = Duration.ofMinutes(4);
    private static final Duration REBUILD = Duration.ofMinutes(2);

    private static Path project;
    private static UpstreamFixture upstream;
    private static DevServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startServerOnACopyOfTheSources() throws Exception {
        Path source = Path.of(System.getProperty("inpact.projectDir", "../..")).toAbsolutePath().normalize();
        project = Files.createTempDirectory("inpact-dev-server-test");
        copyTree(source.resolve("shared-model/src/main/java"), project.resolve("shared-model/src/main/java"));
        copyTree(source.resolve("client-spa/src/main/java"), project.resolve("client-spa/src/main/java"));
        Path webapp = source.resolve("client-spa/src/main/webapp");
        if (Files.isDirectory(webapp)) {
            copyTree(webapp, project.resolve("client-spa/src/main/webapp"));
        } else {
            Files.createDirectories(project.resolve("client-spa/src/main/webapp"));
            Files.writeString(project.resolve("client-spa/src/main/webapp/index.html"),
                    "<!doctype html><html><head><script src=\"/app.js\" defer></script></head><body></body></html>");
        }
        upstream = new UpstreamFixture();
        server = new DevServer(new DevServerConfig(project, project.resolve("work"), "127.0.0.1", 0,
                URI.create("http://127.0.0.1:" + upstream.port())));
        server.start();
        awaitTrue(FIRST_BUILD, () -> server.lastOutcome() != null);
        assertTrue(server.lastOutcome().succeeded(), () -> "first build failed: " + server.lastOutcome().errors());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        upstream.close();
        SpaCompiler.deleteTree(project);
    }

    @Test
    void shouldServeRebuiltJavaScriptAndTellThePageToReloadWhenASpaSourceChanges() throws Exception {
        String marker = "dev-marker-" + UUID.randomUUID();
        try (EventStream events = EventStream.open(server.port())) {
            int before = server.lastOutcome().number();

            insertIntoMain("System.err.println(\"" + marker + "\");");

            awaitTrue(REBUILD, () -> server.lastOutcome().number() > before && get("/app.js").body().contains(marker));
            assertTrue(events.awaitEvent("reload", REBUILD), "no reload event after the rebuild");
        }
    }

    @Test
    void shouldRecompileSharedModelAndKeepServingWhenAContractClassChanges() throws Exception {
        Path contract = Files.walk(project.resolve("shared-model/src/main/java"))
                .filter(p -> p.toString().endsWith(".java")).sorted().findFirst().orElseThrow();
        int before = server.lastOutcome().number();

        Files.writeString(contract, Files.readString(contract) + "\n// touched " + UUID.randomUUID() + "\n");

        awaitTrue(REBUILD, () -> server.lastOutcome().number() > before);
        assertTrue(server.lastOutcome().succeeded(), () -> server.lastOutcome().errors());
        assertEquals(200, get("/app.js").statusCode());
    }

    @Test
    void shouldReportTheCompilerErrorAndKeepTheLastGoodBuildWhenASourceDoesNotCompile() throws Exception {
        Path broken = project.resolve("client-spa/src/main/java/io/inpact/spa/DevServerBroken" + Math.abs(UUID.randomUUID().hashCode()) + ".java");
        String goodJs = get("/app.js").body();
        try (EventStream events = EventStream.open(server.port())) {
            int before = server.lastOutcome().number();

            Files.writeString(broken, "package io.inpact.spa; class " + broken.getFileName().toString().replace(".java", "") + " { int x = ; }");

            awaitTrue(REBUILD, () -> server.lastOutcome().number() > before && !server.lastOutcome().succeeded());
            assertTrue(server.lastOutcome().errors().contains(broken.getFileName().toString()), server.lastOutcome().errors());
            assertTrue(events.awaitEvent("build-error", REBUILD), "no build-error event");
            assertEquals(goodJs.length(), get("/app.js").body().length(), "the last good build is still served");
        } finally {
            int failed = server.lastOutcome().number();
            Files.delete(broken);
            awaitTrue(REBUILD, () -> server.lastOutcome().number() > failed && server.lastOutcome().succeeded());
        }
    }

    @Test
    void shouldServeIndexHtmlWithTheLiveReloadScriptWhenADeepLinkIsRequested() throws Exception {
        HttpResponse<String> page = get("/campaigns/" + UUID.randomUUID());

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<script src=\"" + LiveReload.SCRIPT_PATH + "\"></script>"), page.body());
        assertEquals(200, get(LiveReload.SCRIPT_PATH).statusCode());
    }

    @Test
    void shouldAnswer404WhenAFileWithAnExtensionIsMissing() throws Exception {
        HttpResponse<String> missing = get("/missing-" + UUID.randomUUID() + ".js");

        assertEquals(404, missing.statusCode());
    }

    @Test
    void shouldForwardApiRequestsWithTheirBodyWhenTheBackendAnswers() throws Exception {
        String body = "{\"name\":\"" + UUID.randomUUID() + "\"}";

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/campaigns?page=2"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(201, response.statusCode());
        assertTrue(response.body().contains("\"method\":\"POST\""), response.body());
        assertTrue(response.body().contains("\"target\":\"/api/campaigns?page=2\""), response.body());
        assertTrue(response.body().contains("\"connection\":\"close\""), response.body());
        assertTrue(response.body().contains("\"forwardedFor\":\"127.0.0.1\""), response.body());
        assertTrue(response.body().contains(body), response.body());
    }

    @Test
    void shouldTunnelTheWebSocketWhenTheClientAsksForAnUpgrade() throws Exception {
        String payload = "frame-" + UUID.randomUUID();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write(("GET /api/chat/ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            HttpRequestHead answer = readResponseHead(in);
            out.write(payload.getBytes(StandardCharsets.UTF_8));
            out.flush();
            byte[] echoed = in.readNBytes(payload.length());

            assertEquals("101", answer.target(), "status of " + answer);
            assertEquals(payload, new String(echoed, StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldAnswer502InTheApiErrorShapeWhenTheBackendIsDown() throws Exception {
        int deadPort;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = closed.getLocalPort();
        }
        ApiProxy proxy = new ApiProxy(URI.create("http://127.0.0.1:" + deadPort));
        try (ServerSocket front = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), front.getLocalPort());
             Socket accepted = front.accept()) {
            client.getOutputStream().write("GET /api/system/info HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            HttpRequestHead request = HttpRequestHead.read(accepted.getInputStream());

            proxy.forward(request, accepted, accepted.getInputStream());
            accepted.shutdownOutput();
            String response = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertTrue(response.startsWith("HTTP/1.1 502 "), response);
            assertTrue(response.contains("\"code\":\"backend_unavailable\""), response);
        }
    }

    private static void insertIntoMain(String statement) throws IOException {
        Path main = project.resolve("client-spa/src/main/java/io/inpact/spa/Main.java");
        String code = Files.readString(main);
        String signature = "public static void main(String[] args) {";
        int at = code.indexOf(signature);
        assertFalse(at < 0, "Main.main not found in " + main);
        Files.writeString(main, code.substring(0, at + signature.length()) + "\n        " + statement + code.substring(at + signature.length()));
    }

    /** The status line parsed with the request-head reader: its "target" field is the status code. */
    private static HttpRequestHead readResponseHead(InputStream in) throws IOException {
        HttpRequestHead head = HttpRequestHead.read(in);
        assertNotNull(head, "no response");
        return head;
    }

    private static HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** An open /__dev/events stream, read line by line on its own thread. */
    private static final class EventStream implements AutoCloseable {
        private final Socket socket;
        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        private EventStream(Socket socket) {
            this.socket = socket;
        }

        static EventStream open(int port) throws IOException {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.getOutputStream().write(("GET " + LiveReload.EVENTS_PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            EventStream stream = new EventStream(socket);
            Thread reader = new Thread(stream::read, "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
            return stream;
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("event: ")) {
                        events.add(line.substring("event: ".length()));
                    }
                }
            } catch (IOException e) {
                // closed by the test
            }
        }

        boolean awaitEvent(String name, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            String event;
            while ((event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
                if (event.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
