package io.inpact.system;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.Map;

/** Status and JSON body of a GET that may answer with an error status. */
record HealthProbe(int status, Map<String, Object> body) {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    static HealthProbe get(HttpClient client, String path) {
        try {
            HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(HttpRequest.GET(path), JSON_OBJECT);
            return new HealthProbe(response.code(), response.body());
        } catch (HttpClientResponseException e) {
            return new HealthProbe(e.code(), e.getResponse().getBody(JSON_OBJECT).orElse(Map.of()));
        }
    }
}
