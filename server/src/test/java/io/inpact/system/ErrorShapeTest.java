package io.inpact.system;

import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ErrorShapeTest implements TestPropertyProvider {

    private static final int MAX_REQUEST_SIZE = 16 * 1024;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfra.properties());
        properties.put("inpact.test.error-probe", "true");
        properties.put("micronaut.server.max-request-size", String.valueOf(MAX_REQUEST_SIZE));
        return properties;
    }

    @Test
    void shouldAnswer404ErrorBodyWhenRouteIsUnknown() throws Exception {
        Answer answer = send(get("/api/no-such-route-" + UUID.randomUUID()));

        answer.assertError(404, "not_found");
        assertThat(answer.message()).startsWith("no such path: GET /api/no-such-route-");
    }

    @Test
    void shouldAnswer404ErrorBodyWhenBrowserAsksForHtmlOfUnknownPath() throws Exception {
        Answer answer = send(HttpRequest.newBuilder(uri("/no-such-page")).header("Accept", "text/html").GET().build());

        answer.assertError(404, "not_found");
    }

    @Test
    void shouldAnswer405ErrorBodyWhenMethodIsNotAllowed() throws Exception {
        Answer answer = send(HttpRequest.newBuilder(uri("/api/system/info")).DELETE().build());

        answer.assertError(405, "method_not_allowed");
        assertThat(answer.message()).contains("DELETE");
    }

    @Test
    void shouldAnswer415ErrorBodyWhenBodyIsNotJson() throws Exception {
        Answer answer = send(post("/api/test-errors/echo", "text/plain", "name=x"));

        answer.assertError(415, "unsupported_media_type");
    }

    @Test
    void shouldAnswer413ErrorBodyWhenBodyIsTooLarge() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(MAX_REQUEST_SIZE * 2) + "\",\"count\":1}";

        Answer answer = send(post("/api/test-errors/echo", "application/json", big));

        answer.assertError(413, "payload_too_large");
    }

    @Test
    void shouldAnswer400NamingTheProblemWhenJsonIsMalformed() throws Exception {
        Answer answer = send(post("/api/test-errors/echo", "application/json", "{\"name\": \"x\", \"count\": }"));

        answer.assertError(400, "malformed_json");
        assertThat(answer.message()).contains("JSON").doesNotContain("Source").doesNotContain("at io.");
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenJsonHasWrongType() throws Exception {
        Answer answer = send(post("/api/test-errors/echo", "application/json", "{\"name\": \"x\", \"count\": \"many\"}"));

        answer.assertError(400, "malformed_json");
        assertThat(answer.message()).contains("field [count]").contains("line 1");
        assertThat(answer.fieldErrors()).containsOnlyKeys("count");
    }

    @Test
    void shouldAnswer400WhenBodyIsMissing() throws Exception {
        Answer answer = send(post("/api/test-errors/echo", "application/json", ""));

        answer.assertError(400, "malformed_json");
    }

    @Test
    void shouldEchoWhenJsonIsWellFormed() throws Exception {
        Answer answer = send(post("/api/test-errors/echo", "application/json", "{\"name\": \"x\", \"count\": 2}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("name", "x").containsEntry("count", 2);
    }

    @Test
    void shouldAnswer400WithFieldErrorWhenQueryParameterIsNotANumber() throws Exception {
        Answer answer = send(get("/api/test-errors/page?page=abc"));

        answer.assertError(400, "invalid_parameter");
        assertThat(answer.fieldErrors()).containsKey("page");
    }

    @Test
    void shouldAnswer400WithFieldErrorWhenRequiredParameterIsMissing() throws Exception {
        Answer answer = send(get("/api/test-errors/page"));

        answer.assertError(400, "missing_parameter");
        assertThat(answer.fieldErrors()).containsEntry("page", "is required");
    }

    @Test
    void shouldAnswer400WithFieldErrorsWhenConstraintIsViolated() throws Exception {
        Answer answer = send(get("/api/test-errors/sized?size=0"));

        answer.assertError(400, "validation_failed");
        assertThat(answer.fieldErrors()).containsOnlyKeys("size");
    }

    @Test
    void shouldAnswerTheDomainStatusWhenFeatureThrowsApiException() throws Exception {
        Answer notFound = send(get("/api/test-errors/campaigns/42"));
        Answer conflict = send(post("/api/test-errors/conflict", "application/json", "{}"));

        notFound.assertError(404, "not_found");
        assertThat(notFound.message()).isEqualTo("campaign [id=42] not found");
        conflict.assertError(409, "already_applied");
        assertThat(conflict.fieldErrors()).containsEntry("campaignId", "already applied to");
    }

    @Test
    void shouldAnswer500WithoutDetailsWhenHandlerFails() throws Exception {
        Answer answer = send(get("/api/test-errors/boom"));

        answer.assertError(500, "internal_error");
        assertThat(answer.raw()).doesNotContain("secret-internal-detail").doesNotContain("IllegalStateException");
    }

    @Test
    void shouldAnswer401ErrorBodyWhenCallerIsAnonymous() throws Exception {
        Answer answer = send(HttpRequest.newBuilder(uri("/api/test-errors/signed-in"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());

        answer.assertError(401, "unauthorized");
    }

    @Test
    void shouldAnswer403ErrorBodyWhenRoleIsMissing() throws Exception {
        ApiSession creator = ApiSession.creator(server);

        Answer answer = send(HttpRequest.newBuilder(uri("/api/test-errors/brand"))
                .header("Cookie", ApiSession.COOKIE + "=" + creator.cookie()).GET().build());

        answer.assertError(403, "forbidden");
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Map<String, Object> body = response.body().isEmpty() ? Map.of()
                : json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), body);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    record Answer(int status, String contentType, String raw, Map<String, Object> body) {

        void assertError(int expectedStatus, String expectedCode) {
            assertThat(status).as(raw).isEqualTo(expectedStatus);
            assertThat(contentType).as(raw).startsWith("application/json");
            assertThat(body).as(raw).containsKeys("status", "code", "message");
            assertThat(body.keySet()).as(raw).isSubsetOf("status", "code", "message", "fieldErrors");
            assertThat(body.get("status")).as(raw).isEqualTo(expectedStatus);
            assertThat(body.get("code")).as(raw).isEqualTo(expectedCode);
            assertThat(raw).doesNotContain("\tat ").doesNotContain("Exception:");
        }

        String message() {
            return String.valueOf(body.get("message"));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> fieldErrors() {
            Object errors = body.get("fieldErrors");
            return errors == null ? Map.of() : (Map<String, Object>) errors;
        }
    }

    @Serdeable
    record EchoBody(String name, int count) {
    }

    @Requires(property = "inpact.test.error-probe", value = "true")
    @Controller("/api/test-errors")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class ErrorProbeController {

        @Post("/echo")
        EchoBody echo(@Body EchoBody body) {
            return body;
        }

        @Get("/page")
        String page(@QueryValue int page) {
            return "page " + page;
        }

        @Get("/sized")
        String sized(@QueryValue @Min(1) @Max(100) int size) {
            return "size " + size;
        }

        @Get("/campaigns/{id}")
        String campaign(@PathVariable String id) {
            throw ApiException.notFound("campaign", id);
        }

        @Post("/conflict")
        String conflict() {
            throw new ApiException(409, "already_applied", "creator already applied to campaign [id=7]",
                    Map.of("campaignId", "already applied to"));
        }

        @Get("/boom")
        String boom() {
            throw new IllegalStateException("secret-internal-detail");
        }

        @Get("/signed-in")
        @Secured(SecurityRule.IS_AUTHENTICATED)
        String signedIn() {
            return "hello";
        }

        @Get("/brand")
        @Secured("BRAND")
        String brand() {
            return "brand";
        }
    }
}
