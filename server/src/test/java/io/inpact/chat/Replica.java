package io.inpact.chat;

import io.inpact.api.accounts.BrandProfileUpdate;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.accounts.Role;
import io.inpact.api.common.ApiPaths;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One backend instance on a random port. Several replicas built from the same properties share the
 * database, the Redis key prefix and the JWT secret, as real replicas behind a balancer do.
 */
final class Replica implements AutoCloseable {

    static final String ORIGIN_HEADER = "Origin";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final EmbeddedServer server;
    final JsonMapper json;

    private Replica(EmbeddedServer server) {
        this.server = server;
        this.json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    static Map<String, String> sharedProperties() {
        return new HashMap<>(TestInfra.properties());
    }

    static Replica start(Map<String, String> shared) {
        Map<String, Object> properties = new HashMap<>(shared);
        properties.put("micronaut.server.port", -1);
        return new Replica(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    String origin() {
        return "http://localhost:" + server.getPort();
    }

    URI http(String path) {
        return URI.create(origin() + path);
    }

    URI ws(String path) {
        return URI.create("ws://localhost:" + server.getPort() + path);
    }

    /** Signs a new random user up through the API (accounts' {@link ApiSession}) and keeps their session cookie. */
    TestUser signUp(Role role) {
        return user(ApiSession.signUp(server, role));
    }

    /**
     * Like {@link #signUp(Role)}, then saves the profile with {@code name} as the creator's display name or
     * the brand's company name, the way the profile page does.
     */
    TestUser signUp(Role role, String name) {
        ApiSession session = ApiSession.signUp(server, role);
        ApiResponse saved = role == Role.CREATOR
                ? session.put(ApiPaths.CREATOR_MY_PROFILE, new CreatorProfileUpdate(name, null, null, null, null, null))
                : session.put(ApiPaths.BRAND_MY_PROFILE, new BrandProfileUpdate(name, null, null, null, null, null));
        if (saved.status() != 200) {
            throw new IllegalStateException("profile not saved: " + saved);
        }
        return user(session);
    }

    private static TestUser user(ApiSession session) {
        return new TestUser(UUID.fromString(session.userId()), session.user().username(),
                ApiSession.COOKIE + "=" + session.cookie());
    }

    HttpResponse<String> get(TestUser user, String path) {
        return send(HttpRequest.newBuilder(http(path)).GET(), user);
    }

    HttpResponse<String> post(TestUser user, String path, Object body) {
        return send(HttpRequest.newBuilder(http(path))
                .header("Content-Type", "application/json")
                .header(ORIGIN_HEADER, origin())
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : write(body))), user);
    }

    <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, TestUser user) {
        Optional.ofNullable(user).ifPresent(u -> request.header("Cookie", u.cookie()));
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
