import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The backend image's HEALTHCHECK: exits 0 when GET /health answers 200, 1 otherwise. The JRE runtime
 * image has no curl or wget, but it has java, so the probe is a class run by the image's own JVM.
 * The URL is the first argument, else http://127.0.0.1:$PORT/health (PORT defaults to 8000, as in the server).
 */
public final class HealthCheck {
    private HealthCheck() {
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "8000");
        URI uri = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/health");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(4)).GET().build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                System.err.println(uri + " answered " + status);
                System.exit(1);
            }
        } catch (Exception e) {
            System.err.println(uri + " unreachable: " + e);
            System.exit(1);
        }
    }
}
