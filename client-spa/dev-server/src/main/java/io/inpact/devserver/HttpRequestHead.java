package io.inpact.devserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Request line and headers of one HTTP/1.1 request, read byte by byte so the body stays in the stream. */
record HttpRequestHead(String method, String target, String version, List<String[]> headers) {

    private static final int MAX_HEAD_BYTES = 64 * 1024;
    /** CR LF CR LF */
    private static final int END_OF_HEAD = 0x0D0A0D0A;

    /** Reads up to the blank line; null when the client closed the connection before sending anything. */
    static HttpRequestHead read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != END_OF_HEAD) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new IOException("connection closed inside the request head");
            }
            head.write(b);
            if (head.size() > MAX_HEAD_BYTES) {
                throw new IOException("request head larger than " + MAX_HEAD_BYTES + " bytes");
            }
            last4 = (last4 << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ", 3);
        if (requestLine.length != 3) {
            throw new IOException("malformed request line: " + lines[0]);
        }
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
            }
        }
        return new HttpRequestHead(requestLine[0], requestLine[1], requestLine[2], headers);
    }

    String header(String name) {
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return header[1];
            }
        }
        return null;
    }

    /** The path without query string. */
    String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** A WebSocket handshake; other upgrades (the JDK client's h2c offer) are not passed on. */
    boolean isWebSocketUpgrade() {
        String connection = header("Connection");
        return "websocket".equalsIgnoreCase(header("Upgrade")) && connection != null
                && connection.toLowerCase(Locale.ROOT).contains("upgrade");
    }
}
