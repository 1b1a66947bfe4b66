import com.sun.net.httpserver.HttpServer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The moving parts of scripts/check-nginx-resolve, run with `java MovingBackend.java MODE ...`:
 * <ul>
 *   <li>{@code dns PORT FILE}: a DNS server on 127.0.0.1:PORT (UDP) answering every A question with the
 *   IPv4 address currently written in FILE (TTL 1 s), like a container runtime's DNS after a backend
 *   container was recreated with a new address;</li>
 *   <li>{@code http ADDRESS PORT}: a stand-in backend on ADDRESS:PORT answering every request with
 *   "ADDRESS METHOD URI" (so the caller sees which backend answered and the path nginx passed on).</li>
 * </ul>
 */
public class MovingBackend {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "dns" -> dns(Integer.parseInt(args[1]), Path.of(args[2]));
            case "http" -> http(args[1], Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("mode is dns or http, not " + args[0]);
        }
    }

    private static void http(String address, int port) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 16);
        server.createContext("/", exchange -> {
            byte[] body = (address + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    private static void dns(int port, Path addressFile) throws Exception {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
            byte[] buffer = new byte[512];
            while (true) {
                DatagramPacket query = new DatagramPacket(buffer, buffer.length);
                socket.receive(query);
                byte[] address = InetAddress.getByName(Files.readString(addressFile).trim()).getAddress();
                byte[] answer = answer(ByteBuffer.wrap(buffer, 0, query.getLength()), address);
                socket.send(new DatagramPacket(answer, answer.length, query.getSocketAddress()));
            }
        }
    }

    /** One question in, the same question plus (for type A) one answer out. */
    private static byte[] answer(ByteBuffer query, byte[] address) {
        short id = query.getShort(0);
        int questionEnd = 12;
        while (query.get(questionEnd) != 0) {
            questionEnd += (query.get(questionEnd) & 0xff) + 1;
        }
        questionEnd += 1;
        int type = query.getShort(questionEnd) & 0xffff;
        questionEnd += 4;
        boolean isA = type == 1;
        ByteBuffer out = ByteBuffer.allocate(questionEnd + 16);
        out.putShort(id).putShort((short) 0x8180).putShort((short) 1).putShort((short) (isA ? 1 : 0))
                .putShort((short) 0).putShort((short) 0);
        out.put(query.array(), 12, questionEnd - 12);
        if (isA) {
            out.putShort((short) 0xc00c).putShort((short) 1).putShort((short) 1).putInt(1).putShort((short) 4)
                    .put(address);
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }
}
