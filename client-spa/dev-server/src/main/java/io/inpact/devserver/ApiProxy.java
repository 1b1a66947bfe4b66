package io.inpact.devserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Forwards /api to the backend over a plain TCP tunnel: the request head is rewritten (hop-by-hop headers,
 * X-Forwarded-*), then bytes flow both ways untouched, which carries request bodies, chunked responses and,
 * after a 101 answer, the chat WebSocket. Plain requests ask the backend to close the connection after
 * answering, so each client connection carries one proxied exchange.
 */
final class ApiProxy {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "te", "trailer", "upgrade", "http2-settings", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host");
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final String host;
    private final int port;

    ApiProxy(URI backend) {
        this.host = backend.getHost();
        this.port = backend.getPort() > 0 ? backend.getPort() : 80;
    }

    void forward(HttpRequestHead request, Socket client, InputStream clientIn) throws IOException {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            upstream.close();
            byte[] body = ("{\"status\":502,\"code\":\"backend_unavailable\",\"message\":\"the backend at " + host + ":" + port
                    + " is not reachable, try again shortly\",\"fieldErrors\":{}}").getBytes(StandardCharsets.UTF_8);
            HttpResponses.send(client.getOutputStream(), 502, "Bad Gateway", "application/json", body, false);
            return;
        }
        try (upstream) {
            OutputStream upstreamOut = upstream.getOutputStream();
            upstreamOut.write(rewrittenHead(request, client).getBytes(StandardCharsets.ISO_8859_1));
            upstreamOut.flush();
            Thread requestBody = new Thread(() -> pump(clientIn, upstreamOut, upstream), "proxy-request-body");
            requestBody.setDaemon(true);
            requestBody.start();
            pump(upstream.getInputStream(), client.getOutputStream(), client);
        }
    }

    private static String rewrittenHead(HttpRequestHead request, Socket client) {
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        for (String[] header : request.headers()) {
            if (!HOP_BY_HOP.contains(header[0].toLowerCase(Locale.ROOT))) {
                head.append(header[0]).append(": ").append(header[1]).append("\r\n");
            }
        }
        if (request.isWebSocketUpgrade()) {
            head.append("Upgrade: ").append(request.header("Upgrade")).append("\r\n");
            head.append("Connection: Upgrade\r\n");
        } else {
            head.append("Connection: close\r\n");
        }
        String forwardedFor = request.header("X-Forwarded-For");
        String clientAddress = client.getInetAddress().getHostAddress();
        head.append("X-Forwarded-For: ").append(forwardedFor == null ? clientAddress : forwardedFor + ", " + clientAddress).append("\r\n");
        head.append("X-Forwarded-Proto: http\r\n");
        if (request.header("Host") != null) {
            head.append("X-Forwarded-Host: ").append(request.header("Host")).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    /** Copies until end of stream, then half-closes the receiving side so the other direction can finish. */
    private static void pump(InputStream in, OutputStream out, Socket receiver) {
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
            if (!receiver.isClosed() && !receiver.isOutputShutdown()) {
                receiver.shutdownOutput();
            }
        } catch (IOException e) {
            // one side went away: the exchange is over, both sockets get closed by their owners
        }
    }
}
