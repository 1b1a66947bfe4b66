package io.inpact.devserver;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A real HTTP peer on loopback standing where the backend stands: answers plain requests with what it
 * received (method, target, forwarding headers, body) and upgrade requests with 101, then echoes bytes.
 */
final class UpstreamFixture implements AutoCloseable {

    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

    UpstreamFixture() throws IOException {
        Thread accept = new Thread(this::acceptLoop, "upstream-fixture");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread connection = new Thread(() -> answer(socket), "upstream-fixture-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void answer(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            HttpRequestHead head = HttpRequestHead.read(in);
            if (head == null) {
                return;
            }
            if (head.isWebSocketUpgrade()) {
                out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: " + head.header("Upgrade")
                        + "\r\nConnection: Upgrade\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                in.transferTo(out);
                return;
            }
            String length = head.header("Content-Length");
            byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
            String json = "{\"method\":\"" + head.method() + "\",\"target\":\"" + head.target()
                    + "\",\"connection\":\"" + head.header("Connection")
                    + "\",\"forwardedFor\":\"" + head.header("X-Forwarded-For")
                    + "\",\"body\":\"" + new String(body, StandardCharsets.UTF_8) + "\"}";
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // the proxy went away; nothing to answer
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
