package io.inpact.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge the topology test relies on follows Compose's documented rules, checked on small files. */
class ComposeMergeTest {

    @Test
    void shouldMergeMapsAndReplaceScalarsWhenBothFilesDefineAService() {
        Map<String, Object> merged = merge("""
                services: {app: {image: a:1, environment: {A: "1", B: "2"}}}
                """, """
                services: {app: {image: a:2, environment: ["B=3", "C=4"]}}
                """);

        assertThat(app(merged)).containsEntry("image", "a:2");
        assertThat(app(merged).get("environment")).isEqualTo(Map.of("A", "1", "B", "3", "C", "4"));
    }

    @Test
    void shouldAppendPortsAndVolumesAndCollapseThemByKeyWhenBothFilesListThem() {
        Map<String, Object> merged = merge("""
                services: {app: {ports: ["80:8080"], volumes: ["data:/data", "./a:/src"]}}
                """, """
                services: {app: {ports: ["80:8080", "5005:5005"], volumes: ["./b:/src"]}}
                """);

        assertThat(app(merged).get("ports")).isEqualTo(List.of("80:8080", "5005:5005"));
        assertThat(app(merged).get("volumes")).isEqualTo(List.of("data:/data", "./b:/src"));
    }

    @Test
    void shouldReplaceCommandAndHealthcheckTestWhenTheOverrideSetsThem() {
        Map<String, Object> merged = merge("""
                services: {app: {command: [a, b], healthcheck: {test: [CMD, x], interval: 5s}}}
                """, """
                services: {app: {command: [c], healthcheck: {test: [CMD, y]}}}
                """);

        assertThat(app(merged).get("command")).isEqualTo(List.of("c"));
        assertThat(app(merged).get("healthcheck")).isEqualTo(Map.of("test", List.of("CMD", "y"), "interval", "5s"));
    }

    @Test
    void shouldTurnADependsOnListIntoAMapWhenMerging() {
        Map<String, Object> merged = merge("""
                services: {app: {depends_on: [db]}}
                """, """
                services: {app: {depends_on: {cache: {condition: service_healthy}}}}
                """);

        assertThat(app(merged).get("depends_on")).isEqualTo(Map.of(
                "db", Map.of("condition", "service_started"),
                "cache", Map.of("condition", "service_healthy")));
    }

    @Test
    void shouldReplaceWithOverrideTagAndRemoveWithResetTagWhenTheOverrideUsesThem() {
        Map<String, Object> merged = merge("""
                services: {app: {ports: ["80:8080"], cap_drop: [ALL]}}
                """, """
                services: {app: {ports: !override ["5173:5173"], cap_drop: !reset []}}
                """);

        assertThat(app(merged).get("ports")).isEqualTo(List.of("5173:5173"));
        assertThat(app(merged)).doesNotContainKey("cap_drop");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(String base, String override) {
        return ComposeFiles.merge((Map<String, Object>) ComposeFiles.parse(base), (Map<String, Object>) ComposeFiles.parse(override));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> app(Map<String, Object> project) {
        return (Map<String, Object>) ((Map<String, Object>) project.get("services")).get("app");
    }
}
