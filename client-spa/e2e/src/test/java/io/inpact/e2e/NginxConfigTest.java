package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The nginx under test runs the repository's files (the ones the frontend image copies), unmodified. */
class NginxConfigTest {

    private static final Path REPOSITORY_NGINX = Path.of("../../nginx").toAbsolutePath().normalize();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[A-Z_]+}");

    @Test
    void shouldRunTheMainConfigByteForByteWhenStartedByScriptsUp() throws IOException {
        assertThat(Files.readString(Topology.nginxPrefix().resolve("nginx.conf")))
                .isEqualTo(Files.readString(REPOSITORY_NGINX.resolve("nginx.conf")));
    }

    @Test
    void shouldDifferFromTheTemplateOnlyByTheSubstitutedVariablesWhenRendered() throws IOException {
        List<String> template = Files.readAllLines(REPOSITORY_NGINX.resolve("templates/default.conf.template"));
        List<String> rendered = Files.readAllLines(Topology.nginxPrefix().resolve("conf.d/default.conf"));

        assertThat(rendered).hasSameSizeAs(template);
        for (int i = 0; i < template.size(); i++) {
            assertThat(rendered.get(i)).as("line " + (i + 1)).matches(asPattern(template.get(i)));
            assertThat(rendered.get(i)).as("line " + (i + 1)).doesNotContain("${");
        }
    }

    /** The template line as a pattern: literal text, each ${VARIABLE} standing for one value. */
    private static String asPattern(String templateLine) {
        StringBuilder pattern = new StringBuilder();
        Matcher matcher = VARIABLE.matcher(templateLine);
        int last = 0;
        while (matcher.find()) {
            pattern.append(Pattern.quote(templateLine.substring(last, matcher.start()))).append("[^\\s;:]+");
            last = matcher.end();
        }
        return pattern.append(Pattern.quote(templateLine.substring(last))).toString();
    }
}
