package io.inpact.system;

import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ApiDocsTest implements TestPropertyProvider {

    private static final Pattern REFERENCED = Pattern.compile("contextPath \\+ ['\"](/[^'\"]+)['\"]");

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @Test
    void shouldServeSwaggerUiToAnonymousCallersWhenDocsAreOpened() throws Exception {
        HttpResponse<String> page = get("/api/docs/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("swagger-ui").contains("/api/docs/spec/inpact.yml");
    }

    @Test
    void shouldServeEveryScriptStylesheetAndDocumentThePageLoads() throws Exception {
        List<String> referenced = referencedBy(get("/api/docs/").body());

        assertThat(referenced).contains("/api/docs/spec/inpact.yml", "/api/docs/res/swagger-ui-bundle.js", "/api/docs/res/swagger-ui.css");
        for (String path : referenced) {
            HttpResponse<String> resource = get(path);
            assertThat(resource.statusCode()).as(path).isEqualTo(200);
            assertThat(resource.body()).as(path).isNotBlank();
        }
    }

    @Test
    void shouldDescribeTheApiWithTheBuildVersionWhenSpecIsFetched() throws Exception {
        String spec = get("/api/docs/spec/inpact.yml").body();

        assertThat(spec).startsWith("openapi: 3")
                .contains("title: InPact API")
                .contains("version: " + System.getProperty("inpact.expected-version"))
                .contains("/api/system/info:");
    }

    private static List<String> referencedBy(String html) {
        List<String> paths = new ArrayList<>();
        Matcher matcher = REFERENCED.matcher(html);
        while (matcher.find()) {
            paths.add(matcher.group(1));
        }
        return paths;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.getPort() + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
