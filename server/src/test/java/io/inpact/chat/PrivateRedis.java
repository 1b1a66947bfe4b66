package io.inpact.chat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A redis-server of the test's own on a random port, so a test can cut Redis (stop the process) and bring
 * it back on the same port without touching the Redis every other test shares.
 */
final class PrivateRedis implements AutoCloseable {

    private static final String BINARY = System.getenv().getOrDefault("TEST_REDIS_SERVER", "redis-server");
    private final int port;
    private final Path dir;
    private Process process;

    PrivateRedis() {
        this.port = freePort();
        try {
            this.dir = Files.createTempDirectory("chat-redis");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    void start() {
        try {
            process = new ProcessBuilder(BINARY, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(new File(dir.toFile(), "redis.log"))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + BINARY + " (set TEST_REDIS_SERVER)", e);
        }
        waitUntil(true);
    }

    void stop() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitUntil(false);
    }

    private void waitUntil(boolean listening) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                if (listening) {
                    return;
                }
            } catch (IOException e) {
                if (!listening) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("redis-server on port " + port + " did not " + (listening ? "start" : "stop"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }
}
