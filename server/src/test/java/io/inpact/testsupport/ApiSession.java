package io.inpact.testsupport;

import io.inpact.api.accounts.Role;
import io.inpact.api.accounts.SignupRequest;
import io.inpact.api.accounts.UserResponse;
import io.inpact.api.accounts.UserView;
import io.inpact.api.common.ApiPaths;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A caller of the real HTTP API, signed in or not, holding its session cookie the way a browser would
 * (taking every new INPACT_SESSION the server sets). {@code ApiSession.creator(server)} and
 * {@code ApiSession.brand(server)} sign up a fresh random user; {@link #anonymous} calls without a session.
 *
 * <pre>{@code
 * ApiSession brand = ApiSession.brand(server);
 * ApiResponse created = brand.post("/api/campaigns", new CampaignRequest(...));
 * assertThat(created.status()).isEqualTo(201);
 * }</pre>
 */
public final class ApiSession {

    public static final String COOKIE = "INPACT_SESSION";
    /** A password every generated user has; satisfies the shared strength rule. */
    public static final String PASSWORD = "Correct-horse-7-battery";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final JsonMapper json;
    private final UserView user;
    private final String password;
    private String cookie;

    private ApiSession(URI base, JsonMapper json, UserView user, String password, String cookie) {
        this.base = base;
        this.json = json;
        this.user = user;
        this.password = password;
        this.cookie = cookie;
    }

    public static ApiSession anonymous(EmbeddedServer server) {
        return new ApiSession(server.getURI(), mapper(server), null, null, null);
    }

    public static ApiSession creator(EmbeddedServer server) {
        return signUp(server, Role.CREATOR);
    }

    public static ApiSession brand(EmbeddedServer server) {
        return signUp(server, Role.BRAND);
    }

    /** Signs up a new user with a random e-mail and username and the role given; fails unless it got 201. */
    public static ApiSession signUp(EmbeddedServer server, Role role) {
        String name = "u" + TestInfra.randomHex(6);
        return signUp(server, new SignupRequest(name + "@example.com", name, PASSWORD, role));
    }

    public static ApiSession signUp(EmbeddedServer server, SignupRequest request) {
        ApiSession anonymous = anonymous(server);
        ApiResponse response = anonymous.post(ApiPaths.AUTH_SIGNUP, request);
        if (response.status() != 201) {
            throw new AssertionError("sign-up of " + request.email() + " failed: " + response);
        }
        return new ApiSession(anonymous.base, anonymous.json, response.as(UserResponse.class).user(),
                request.password(), anonymous.cookie);
    }

    /** A second, separately signed-in session (another device) of the same user. */
    public ApiSession signInAgain() {
        ApiSession other = new ApiSession(base, json, user, password, null);
        ApiResponse response = other.post(ApiPaths.AUTH_LOGIN, Map.of("email", user.email(), "password", password));
        if (response.status() != 200) {
            throw new AssertionError("sign-in of " + user.email() + " failed: " + response);
        }
        return other;
    }

    /** An independent copy holding the same cookie: what it signs in or out does not touch this session. */
    public ApiSession copy() {
        return new ApiSession(base, json, user, password, cookie);
    }

    public UserView user() {
        return user;
    }

    public String userId() {
        return user.id();
    }

    public String password() {
        return password;
    }

    /** The current session token (the INPACT_SESSION cookie's value), or null when signed out. */
    public String cookie() {
        return cookie;
    }

    public ApiResponse get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public ApiResponse post(String path, Object body) {
        return send("POST", path, body == null ? null : write(body), "application/json", Map.of());
    }

    public ApiResponse put(String path, Object body) {
        return send("PUT", path, write(body), "application/json", Map.of());
    }

    /**
     * Any request with a raw body (may be null) and extra headers. {@code contentType} null sends none.
     * Takes over a session cookie the answer sets, and forgets it when the answer clears it.
     */
    public ApiResponse send(String method, String path, byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (cookie != null) {
            request.header("Cookie", COOKIE + "=" + cookie);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            ApiResponse answer = new ApiResponse(response.statusCode(), response.headers(), response.body(), json);
            answer.setCookie(COOKIE).ifPresent(this::takeCookie);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** Replaces the session token, e.g. to replay an old one. */
    public void useCookie(String token) {
        this.cookie = token;
    }

    public byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not writable as JSON: " + body, e);
        }
    }

    private void takeCookie(String setCookie) {
        String value = setCookie.substring(COOKIE.length() + 1);
        int end = value.indexOf(';');
        value = end < 0 ? value : value.substring(0, end);
        cookie = value.isEmpty() ? null : value;
    }

    private static JsonMapper mapper(EmbeddedServer server) {
        return server.getApplicationContext().getBean(JsonMapper.class);
    }
}
