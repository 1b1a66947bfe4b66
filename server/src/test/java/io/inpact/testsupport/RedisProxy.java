package io.inpact.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the shared test Redis, for outages that leave every other test's Redis alone:
 * {@link #freeze()} makes Redis stop answering (connections stay open, bytes are held back, like a hung
 * or partitioned Redis), {@link #thaw()} lets them through again.
 */
public final class RedisProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress redis;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean frozen;

    public RedisProxy() {
        URI target = URI.create(TestInfra.properties().get("redis.uri"));
        this.redis = new InetSocketAddress(target.getHost(), target.getPort() < 0 ? 6379 : target.getPort());
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("redis-proxy-accept", this::accept);
    }

    /** The Redis URI a server under test should use. */
    public String uri() {
        return "redis://127.0.0.1:" + listener.getLocalPort();
    }

    public void freeze() {
        frozen = true;
    }

    public void thaw() {
        frozen = false;
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        sockets.forEach(RedisProxy::closeQuietly);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket upstream = new Socket();
                upstream.connect(redis, 3000);
                sockets.add(client);
                sockets.add(upstream);
                daemon("redis-proxy-up", () -> relay(client, upstream));
                daemon("redis-proxy-down", () -> relay(upstream, client));
            } catch (IOException e) {
                // listener closed, or Redis itself refused: the client sees its connection end
            }
        }
    }

    private void relay(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                while (frozen && !from.isClosed()) {
                    Thread.sleep(20);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // either side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
