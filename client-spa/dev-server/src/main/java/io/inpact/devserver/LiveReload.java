package io.inpact.devserver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to every open page: "reload" after a successful rebuild, "build-error" with javac's or
 * TeaVM's message after a failed one. The page side is {@link #CLIENT_SCRIPT}, injected into index.html.
 */
final class LiveReload {

    static final String EVENTS_PATH = "/__dev/events";
    static final String SCRIPT_PATH = "/__dev/live-reload.js";
    static final String CLIENT_SCRIPT = """
            (function () {
              var events = new EventSource('%s');
              events.addEventListener('reload', function () { location.reload(); });
              events.addEventListener('build-error', function (e) {
                console.error('[dev-server] build failed\\n' + JSON.parse(e.data));
                var box = document.getElementById('dev-server-error') || document.createElement('pre');
                box.id = 'dev-server-error';
                box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1em;'
                  + 'background:#300;color:#fdd;font:12px monospace;z-index:2147483647;white-space:pre-wrap';
                box.textContent = 'Build failed (the page shows the last good build)\\n\\n' + JSON.parse(e.data);
                document.body.appendChild(box);
              });
            })();
            """.formatted(EVENTS_PATH);

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

    /** Takes over the socket: the response stays open until the page goes away. */
    void subscribe(Socket socket) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
                + "Connection: keep-alive\r\n\r\nretry: 1000\n\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        clients.add(out);
    }

    void buildSucceeded(BuildOutcome outcome) {
        broadcast("reload", String.valueOf(outcome.number()));
    }

    void buildFailed(BuildOutcome outcome) {
        broadcast("build-error", jsonString(outcome.errors()));
    }

    /** A comment line; also finds pages that went away. */
    void heartbeat() {
        send(": keep-alive\n\n");
    }

    int subscribers() {
        return clients.size();
    }

    private void broadcast(String event, String data) {
        send("event: " + event + "\ndata: " + data + "\n\n");
    }

    private void send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : clients) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                clients.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
        }
    }

    static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
