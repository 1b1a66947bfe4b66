package io.inpact.chat;

import io.inpact.api.chat.ChatFrames;
import io.inpact.api.chat.ClientFrame;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A chat WebSocket as a client holds it: every received frame is kept, in order, for the test to wait on. */
final class LiveSocket implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Replica replica;
    private final WebSocket socket;
    private final BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    private final List<Map<String, Object>> seen = new ArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private LiveSocket(Replica replica, TestUser user, String origin) {
        this.replica = replica;
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (user != null) {
            builder.header("Cookie", user.cookie());
        }
        if (origin != null) {
            builder.header(Replica.ORIGIN_HEADER, origin);
        }
        this.socket = builder.buildAsync(replica.ws("/api/chat/ws"), new Collector()).join();
    }

    /** Opens a socket as {@code user} and waits for the first {@code resync} frame: from then on it is live. */
    static LiveSocket open(Replica replica, TestUser user) {
        LiveSocket socket = new LiveSocket(replica, user, replica.origin());
        socket.await(ChatFrames.RESYNC, f -> true);
        return socket;
    }

    /** Attempts a handshake that may be refused; the failure surfaces from the join. */
    static LiveSocket attempt(Replica replica, TestUser user, String origin) {
        return new LiveSocket(replica, user, origin);
    }

    void send(ClientFrame frame) {
        sendRaw(replica.write(frame));
    }

    synchronized void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame of {@code type} matching {@code filter}, skipping (but keeping) the others. */
    @SuppressWarnings("unchecked")
    Map<String, Object> await(String type, Predicate<Map<String, Object>> filter) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (seen) {
            for (int i = 0; i < seen.size(); i++) {
                Map<String, Object> frame = seen.get(i);
                if (type.equals(frame.get("type")) && filter.test(frame)) {
                    seen.remove(i);
                    return frame;
                }
            }
        }
        while (true) {
            long left = deadline - System.nanoTime();
            Map<String, Object> frame;
            try {
                frame = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (frame == null) {
                throw new AssertionError("no [" + type + "] frame within " + WAIT + "; unmatched: " + seen);
            }
            if (type.equals(frame.get("type")) && filter.test(frame)) {
                return frame;
            }
            synchronized (seen) {
                seen.add(frame);
            }
        }
    }

    /** Every frame received so far that nobody waited for, plus what arrives within {@code quiet}. */
    List<Map<String, Object>> drain(Duration quiet) {
        List<Map<String, Object>> all;
        synchronized (seen) {
            all = new ArrayList<>(seen);
            seen.clear();
        }
        try {
            Map<String, Object> frame;
            while ((frame = frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                all.add(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> message(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("message");
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(replica.read(partial.toString(), Map.class));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
