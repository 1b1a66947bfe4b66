package io.inpact.e2e;

import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A chat WebSocket through nginx, as a second device of a user: sends and waits for the stored copy. */
final class ChatSocket implements AutoCloseable {

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    ChatSocket(String cookieHeader) {
        this(Topology.baseUrl(), cookieHeader);
    }

    /** Through the nginx at base; a refused handshake is the cause of the exception thrown. */
    ChatSocket(URI base, String cookieHeader) {
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
        try {
            socket = Http.CLIENT.newWebSocketBuilder()
                    .header("Cookie", cookieHeader)
                    .header("Origin", base.toString())
                    .connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(Topology.webSocketUri(base, "/api/chat/ws"), listener)
                    .get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("chat socket did not open", e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("chat socket did not open", e);
        }
    }

    /** Sends text (no quotes or backslashes) and returns once the server confirmed it was stored. */
    void send(String conversationId, String text) {
        String clientId = UUID.randomUUID().toString();
        sendRaw("{\"type\":\"send\",\"clientId\":\"" + clientId + "\",\"conversationId\":\"" + conversationId
                + "\",\"text\":\"" + text + "\"}");
        String frame = awaitFrame(clientId);
        if (!frame.contains("\"type\":\"message\"")) {
            throw new AssertionError("send refused: " + frame);
        }
    }

    void sendRaw(String json) {
        try {
            socket.sendText(json, true).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    /** The first frame (the server may greet first) that contains the text, within 10 seconds. */
    String awaitFrame(String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String frame = frames.poll(100, TimeUnit.MILLISECONDS);
                if (frame != null && frame.contains(text)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no frame with " + text + " arrived");
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
