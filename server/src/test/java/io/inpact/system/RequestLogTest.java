package io.inpact.system;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.inpact.testsupport.TestInfra;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MicronautTest
class RequestLogTest implements TestPropertyProvider {

    private static final String PROBE_LOGGER = "io.inpact.test.request-log-probe";

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> requests = new ListAppender<>();
    private final ListAppender<ILoggingEvent> probe = new ListAppender<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfra.properties());
        properties.put("inpact.test.request-log-probe", "true");
        return properties;
    }

    @BeforeEach
    void attachAppenders() {
        attach(RequestLogFilter.LOGGER, requests);
        attach(PROBE_LOGGER, probe);
    }

    @AfterEach
    void detachAppenders() {
        ((Logger) LoggerFactory.getLogger(RequestLogFilter.LOGGER)).detachAppender(requests);
        ((Logger) LoggerFactory.getLogger(PROBE_LOGGER)).detachAppender(probe);
    }

    @Test
    void shouldLogMethodPathStatusDurationAndGivenRequestIdWhenRequestEnds() throws Exception {
        String requestId = "test-" + TestInfra.randomHex(8);

        HttpResponse<String> response = send("/api/system/info", requestId);

        assertThat(response.headers().firstValue("X-Request-Id")).contains(requestId);
        Map<String, Object> line = awaitLineFor(requestId);
        assertThat(line).containsEntry("method", "GET").containsEntry("path", "/api/system/info").containsEntry("status", 200);
        assertThat((Long) line.get("durationMs")).isGreaterThanOrEqualTo(0L);
    }

    @Test
    void shouldGenerateAndEchoARequestIdWhenNoneIsGiven() throws Exception {
        HttpResponse<String> response = send("/api/system/info", null);

        String generated = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(generated).matches("[0-9a-f]{32}");
        assertThat(awaitLineFor(generated)).containsEntry("status", 200);
    }

    @Test
    void shouldReplaceTheRequestIdWhenTheGivenOneIsNotAnId() throws Exception {
        HttpResponse<String> response = send("/api/system/info", "x\" injected=1");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    @Test
    void shouldLogRejectedAndUnknownRequestsToo() throws Exception {
        String requestId = "test-" + TestInfra.randomHex(8);

        HttpResponse<String> response = send("/api/no-such-route", requestId);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Request-Id")).contains(requestId);
        assertThat(awaitLineFor(requestId)).containsEntry("status", 404);
    }

    @Test
    void shouldCarryTheRequestIdIntoLogsOfBlockingHandlers() throws Exception {
        String requestId = "test-" + TestInfra.randomHex(8);

        send("/api/test-request-log/work", requestId);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(probe.list)
                .anySatisfy(event -> {
                    assertThat(event.getMDCPropertyMap()).containsEntry("requestId", requestId);
                    assertThat(event.getThreadName()).doesNotContain("eventLoop");
                }));
    }

    @Test
    void shouldNameTheRequestInTheBodyOfAServerError() throws Exception {
        String requestId = "test-" + TestInfra.randomHex(8);

        HttpResponse<String> response = send("/api/test-request-log/fail", requestId);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("request id " + requestId);
    }

    private Map<String, Object> awaitLineFor(String requestId) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> lineFor(requestId), Optional::isPresent).orElseThrow();
    }

    private Optional<Map<String, Object>> lineFor(String requestId) {
        return List.copyOf(requests.list).stream()
                .map(RequestLogTest::keyValues)
                .filter(values -> requestId.equals(values.get("requestId")))
                .findFirst();
    }

    private static Map<String, Object> keyValues(ILoggingEvent event) {
        List<KeyValuePair> pairs = event.getKeyValuePairs() == null ? List.of() : event.getKeyValuePairs();
        return pairs.stream().collect(Collectors.toMap(pair -> pair.key, pair -> pair.value, (a, b) -> b));
    }

    private HttpResponse<String> send(String path, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).GET();
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void attach(String loggerName, ListAppender<ILoggingEvent> appender) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
    }

    @Requires(property = "inpact.test.request-log-probe", value = "true")
    @Controller("/api/test-request-log")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class ProbeController {

        private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(PROBE_LOGGER);

        @Get("/work")
        @ExecuteOn(TaskExecutors.BLOCKING)
        String work() {
            LOG.info("working");
            return "done";
        }

        @Get("/fail")
        String fail() {
            throw new IllegalStateException("probe failure");
        }
    }
}
