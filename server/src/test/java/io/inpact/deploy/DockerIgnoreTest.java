package io.inpact.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build context (the repository root, filtered by .dockerignore) holds everything the Dockerfiles copy
 * and nothing secret or built locally.
 */
class DockerIgnoreTest {

    private static final List<String> DOCKERFILES = List.of("server/Dockerfile", "nginx/Dockerfile", "client-spa/dev-server/Dockerfile");

    @Test
    void shouldSendEverySourceTheDockerfilesCopyWhenTheContextIsFiltered() throws IOException {
        Rules rules = Rules.read(ComposeFiles.root().resolve(".dockerignore"));
        for (String file : DOCKERFILES) {
            for (Dockerfile.Stage stage : Dockerfile.read(ComposeFiles.root().resolve(file)).stages()) {
                for (Dockerfile.Instruction copy : stage.all("COPY")) {
                    if (copy.arguments().contains("--from")) {
                        continue;
                    }
                    for (String source : sources(copy)) {
                        String path = source.replaceAll("/$", "");
                        assertThat(rules.excludes(path)).as("%s: COPY %s is excluded from the context", file, source).isFalse();
                        assertThat(ComposeFiles.root().resolve(path)).as("%s: COPY %s", file, source).exists();
                    }
                }
            }
        }
    }

    @Test
    void shouldKeepSecretsAndBuildOutputsOutOfTheContextWhenAnyImageIsBuilt() throws IOException {
        Rules rules = Rules.read(ComposeFiles.root().resolve(".dockerignore"));

        assertThat(rules.excludes("server/.env")).isTrue();
        assertThat(rules.excludes("client-spa/.env")).isTrue();
        assertThat(rules.excludes(".secrets/db_password")).isTrue();
        assertThat(rules.excludes(".dev/db_password")).isTrue();
        assertThat(rules.excludes("server/target/inpact-server.jar")).isTrue();
        assertThat(rules.excludes("client-spa/dev-server/target/dev/teavm/app.js")).isTrue();
        assertThat(rules.excludes(".git/HEAD")).isTrue();
        assertThat(rules.excludes("server/.env.example")).isFalse();
        assertThat(rules.excludes("shared-model/src/main/java/io/inpact/api/accounts/Role.java")).isFalse();
    }

    private static List<String> sources(Dockerfile.Instruction copy) {
        List<String> words = new ArrayList<>(List.of(copy.arguments().split("\\s+")));
        words.removeIf(w -> w.startsWith("--"));
        return words.subList(0, words.size() - 1);
    }

    /** .dockerignore rules in order; the last rule matching a path or one of its parent directories decides. */
    private record Rules(List<Pattern> patterns, List<Boolean> negated) {

        static Rules read(Path file) throws IOException {
            List<Pattern> patterns = new ArrayList<>();
            List<Boolean> negated = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String rule = line.strip();
                if (rule.isEmpty() || rule.startsWith("#")) {
                    continue;
                }
                boolean not = rule.startsWith("!");
                String glob = (not ? rule.substring(1) : rule).replaceAll("^/+", "").replaceAll("/+$", "");
                patterns.add(Pattern.compile(toRegex(glob)));
                negated.add(not);
            }
            return new Rules(patterns, negated);
        }

        boolean excludes(String path) {
            boolean excluded = false;
            for (int i = 0; i < patterns.size(); i++) {
                if (matchesPathOrParent(patterns.get(i), path)) {
                    excluded = !negated.get(i);
                }
            }
            return excluded;
        }

        private static boolean matchesPathOrParent(Pattern pattern, String path) {
            String candidate = path;
            while (true) {
                if (pattern.matcher(candidate).matches()) {
                    return true;
                }
                int slash = candidate.lastIndexOf('/');
                if (slash < 0) {
                    return false;
                }
                candidate = candidate.substring(0, slash);
            }
        }

        private static String toRegex(String glob) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    regex.append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                } else if (c == '*') {
                    regex.append("[^/]*");
                } else if (c == '?') {
                    regex.append("[^/]");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return regex.toString();
        }
    }
}
