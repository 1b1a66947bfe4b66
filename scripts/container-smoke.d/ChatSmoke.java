import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The chat step of scripts/container-smoke: two users' WebSockets through the frontend's published port;
 * the first sends a message, the second must receive it (and the sender its own copy with its clientId).
 * Usage: java ChatSmoke.java BASE_URL CONVERSATION_ID SENDER_COOKIE RECEIVER_COOKIE
 * Exits 0 when the message arrived within 20 s, 1 otherwise.
 */
public final class ChatSmoke {
    private ChatSmoke() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String conversationId = args[1];
        String text = "smoke " + UUID.randomUUID();
        String clientId = UUID.randomUUID().toString();
        Listener sender = new Listener();
        Listener receiver = new Listener();
        WebSocket senderSocket = open(base, args[2], sender);
        WebSocket receiverSocket = open(base, args[3], receiver);
        senderSocket.sendText("{\"type\":\"send\",\"clientId\":\"" + clientId + "\",\"conversationId\":\""
                + conversationId + "\",\"text\":\"" + text + "\"}", true).get(10, TimeUnit.SECONDS);
        boolean received = receiver.await(text, 20);
        boolean echoed = sender.await(clientId, 5);
        senderSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        receiverSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        System.out.println("receiver got the message: " + received + "; sender got its copy: " + echoed);
        System.exit(received && echoed ? 0 : 1);
    }

    private static WebSocket open(String base, String cookie, Listener listener) throws Exception {
        URI uri = URI.create(base.replaceFirst("^http", "ws") + "/api/chat/ws");
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", cookie)
                .header("Origin", base)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, listener)
                .get(15, TimeUnit.SECONDS);
    }

    private static final class Listener implements WebSocket.Listener {
        private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        boolean await(String needle, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                String frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null && frame.contains("\"message\"") && frame.contains(needle)) {
                    return true;
                }
            }
            return false;
        }
    }
}
