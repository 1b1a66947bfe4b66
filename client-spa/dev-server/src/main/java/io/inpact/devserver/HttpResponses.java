package io.inpact.devserver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes complete HTTP/1.1 responses; every one closes its connection, which keeps the server simple. */
final class HttpResponses {

    private HttpResponses() {
    }

    static void send(OutputStream out, int status, String reason, String contentType, byte[] body, boolean headOnly)
            throws IOException {
        String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Cache-Control: no-store\r\n"
                + "X-Content-Type-Options: nosniff\r\n"
                + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (!headOnly) {
            out.write(body);
        }
        out.flush();
    }

    static void text(OutputStream out, int status, String reason, String text) throws IOException {
        send(out, status, reason, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), false);
    }
}
