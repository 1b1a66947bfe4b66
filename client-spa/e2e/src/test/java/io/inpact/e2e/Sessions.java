package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Fresh accounts made through nginx's /api, the way a browser makes them. */
final class Sessions {

    static final String PASSWORD = "Sunny-Harbour-42-kites";

    private Sessions() {
    }

    /** The user id of the account signed in with cookieHeader. */
    static String userId(String cookieHeader) {
        return Json.string(Http.text(Http.get("/api/auth/me", "Cookie", cookieHeader)), "id");
    }

    /** A new account with the role (CREATOR or BRAND); returns its cookie header value. */
    static String signUp(String role) {
        String name = "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String body = "{\"email\":\"" + name + "@example.com\",\"username\":\"" + name
                + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"}";
        HttpResponse<byte[]> response = Http.send(Http.request("/api/auth/signup",
                        "Content-Type", "application/json", "Origin", Topology.baseUrl().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(201);
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("INPACT_SESSION="))
                .map(cookie -> cookie.contains(";") ? cookie.substring(0, cookie.indexOf(';')) : cookie)
                .findFirst()
                .orElseThrow(() -> new AssertionError("sign-up set no INPACT_SESSION cookie"));
    }
}
