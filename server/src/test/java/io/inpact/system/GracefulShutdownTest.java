package io.inpact.system;

import io.inpact.testsupport.FreePort;
import io.inpact.testsupport.TestInfra;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the real server in its own JVM, sends it SIGTERM mid-request and expects the request to finish. */
class GracefulShutdownTest {

    private static final String STARTED = "slow request started";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process server;

    @AfterEach
    void killServer() {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
    }

    @Test
    void shouldFinishInFlightRequestWhenServerReceivesSigterm() throws Exception {
        int port = FreePort.closed();
        CountDownLatch requestStarted = new CountDownLatch(1);
        List<String> output = new ArrayList<>();
        server = startServer(port);
        follow(server, output, requestStarted);
        awaitLive(port);

        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                get(port, "/api/test-slow/sleep?millis=3000"), HttpResponse.BodyHandlers.ofString());
        assertThat(requestStarted.await(20, TimeUnit.SECONDS)).as("slow request reached the server: %s", output).isTrue();
        server.destroy();

        HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(String.join("\n", output)).isEqualTo(200);
        assertThat(response.body()).isEqualTo("slept 3000 ms");
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("server exited after SIGTERM").isTrue();
    }

    private static Process startServer(int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java,
                "-cp", System.getProperty("java.class.path"),
                "-Dinpact.test.slow-probe=true",
                "io.inpact.Application");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("REDIS_") || name.equals("DATABASE_URL")
                || name.equals("JWT_SECRET") || name.equals("MICRONAUT_ENVIRONMENTS"));
        env.put("PORT", String.valueOf(port));
        env.put("DATABASE_URL", TestInfra.database().jdbcUrl());
        env.put("DB_USER", TestInfra.database().username());
        if (TestInfra.database().password() != null) {
            env.put("DB_PASSWORD", TestInfra.database().password());
        }
        env.put("REDIS_URL", TestInfra.redisUri());
        env.put("REDIS_KEY_PREFIX", TestInfra.redisKeyPrefix());
        env.put("JWT_SECRET", TestInfra.randomHex(32));
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static void follow(Process process, List<String> output, CountDownLatch requestStarted) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.contains(STARTED)) {
                        requestStarted.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                synchronized (output) {
                    output.add("output closed: " + e.getMessage());
                }
            }
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    private void awaitLive(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server process is running").isTrue();
            try {
                if (http.send(get(port, "/health/liveness"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server did not answer /health/liveness within 90 s");
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(40)).GET().build();
    }

    @Requires(property = "inpact.test.slow-probe", value = "true")
    @Controller("/api/test-slow")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class SlowController {

        @Get("/sleep")
        @ExecuteOn(TaskExecutors.BLOCKING)
        String sleep(@QueryValue long millis) throws InterruptedException {
            LoggerFactory.getLogger(SlowController.class).info(STARTED);
            Thread.sleep(millis);
            return "slept " + millis + " ms";
        }
    }
}
