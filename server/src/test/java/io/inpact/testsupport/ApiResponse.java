package io.inpact.testsupport;

import io.inpact.api.common.ErrorBody;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One answer of the API as the wire carried it: status, headers and raw body, decodable on demand. */
public record ApiResponse(int status, HttpHeaders headers, byte[] bytes, JsonMapper json) {

    public String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public <T> T as(Class<T> type) {
        return as(Argument.of(type));
    }

    public <T> T as(Argument<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("status " + status + " body is not a " + type + ": " + body(), e);
        }
    }

    public ErrorBody error() {
        return as(ErrorBody.class);
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The Set-Cookie line for that cookie name, if the answer set it. */
    public Optional<String> setCookie(String name) {
        return headers.allValues("Set-Cookie").stream().filter(line -> line.startsWith(name + "=")).findFirst();
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + body();
    }
}
