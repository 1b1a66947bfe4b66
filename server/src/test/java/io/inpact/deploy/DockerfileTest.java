package io.inpact.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The images' recipes: pinned bases, cached dependency layers, non-root runtime, health checks, exec form. */
class DockerfileTest {

    private static final Pattern PINNED = Pattern.compile("^[a-z0-9./_-]+(:[A-Za-z0-9._-]*\\d+\\.\\d+[A-Za-z0-9._-]*)?(@sha256:[0-9a-f]{64})?$");
    private static final List<String> PRODUCTION = List.of("server/Dockerfile", "nginx/Dockerfile");
    private static final List<String> ALL = List.of("server/Dockerfile", "nginx/Dockerfile", "client-spa/dev-server/Dockerfile");

    @Test
    void shouldPinEveryBaseImageWhenAnyDockerfileIsBuilt() throws IOException {
        for (String file : ALL) {
            Dockerfile dockerfile = Dockerfile.read(ComposeFiles.root().resolve(file));
            for (Dockerfile.Stage stage : dockerfile.stages()) {
                boolean earlierStage = dockerfile.stage(stage.image()).isPresent();
                assertThat(earlierStage || isPinned(stage.image()))
                        .as("%s: FROM %s must name an exact version (no latest, no bare major)", file, stage.image())
                        .isTrue();
            }
        }
    }

    @Test
    void shouldRunTheFinalStageAsANonRootUserWhenProductionImagesAreBuilt() throws IOException {
        for (String file : PRODUCTION) {
            Dockerfile.Stage runtime = Dockerfile.read(ComposeFiles.root().resolve(file)).finalStage();

            String user = runtime.last("USER").map(Dockerfile.Instruction::arguments).orElse("root");

            String name = user.split(":")[0];
            assertThat(name).as("%s: final USER", file).isNotIn("root", "0", "");
            assertThat(name).as("%s: a fixed numeric UID, so runtimes can verify runAsNonRoot", file).matches("\\d+");
        }
    }

    @Test
    void shouldDeclareAHealthcheckWithAToolTheRuntimeImageHasWhenProductionImagesAreBuilt() throws IOException {
        Dockerfile.Stage backend = Dockerfile.read(ComposeFiles.root().resolve("server/Dockerfile")).finalStage();
        Dockerfile.Stage frontend = Dockerfile.read(ComposeFiles.root().resolve("nginx/Dockerfile")).finalStage();

        String backendCheck = backend.last("HEALTHCHECK").orElseThrow().arguments();
        String frontendCheck = frontend.last("HEALTHCHECK").orElseThrow().arguments();

        // The JRE image has java but no curl or wget: the probe is a class compiled in the build stage.
        assertThat(backendCheck).contains("CMD [\"java\"").contains("HealthCheck").doesNotContain("curl").doesNotContain("wget");
        assertThat(backend.all("COPY")).anySatisfy(copy -> assertThat(copy.arguments()).contains("/opt/inpact/healthcheck"));
        assertThat(Files.exists(ComposeFiles.root().resolve("server/docker/HealthCheck.java"))).isTrue();
        // nginx:alpine has busybox wget.
        assertThat(frontendCheck).contains("CMD [\"wget\"").contains("/nginx-health");
    }

    @Test
    void shouldStartWithAnExecFormCommandWhenAnyImageRuns() throws IOException {
        for (String file : ALL) {
            Dockerfile.Stage last = Dockerfile.read(ComposeFiles.root().resolve(file)).finalStage();

            Dockerfile.Instruction cmd = last.last("CMD").orElseThrow(() -> new AssertionError(file + ": no CMD"));

            assertThat(cmd.isExecForm()).as("%s: CMD %s", file, cmd.arguments()).isTrue();
            last.all("HEALTHCHECK").forEach(check ->
                    assertThat(check.arguments().replaceAll("^(--\\S+\\s+)*CMD\\s+", "")).as("%s HEALTHCHECK", file).startsWith("["));
        }
    }

    @Test
    void shouldResolveDependenciesFromThePomsBeforeAnySourceIsCopiedWhenAnyImageIsBuilt() throws IOException {
        for (String file : ALL) {
            Dockerfile dockerfile = Dockerfile.read(ComposeFiles.root().resolve(file));
            List<Dockerfile.Instruction> steps = new ArrayList<>();
            dockerfile.chainOf(buildStage(dockerfile)).forEach(stage -> steps.addAll(stage.instructions()));

            int resolve = indexOf(steps, i -> i.keyword().equals("RUN") && i.arguments().contains("go-offline"));
            int firstSource = indexOf(steps, i -> i.keyword().equals("COPY") && !i.arguments().contains("--from")
                    && !sources(i).stream().allMatch(s -> s.endsWith("pom.xml")));

            assertThat(resolve).as("%s: a dependency-resolving RUN", file).isGreaterThanOrEqualTo(0);
            assertThat(steps.subList(0, resolve)).as("%s: only poms before the dependency layer", file)
                    .filteredOn(i -> i.keyword().equals("COPY"))
                    .allSatisfy(copy -> assertThat(sources(copy)).allMatch(s -> s.endsWith("pom.xml")));
            assertThat(firstSource < 0 || firstSource > resolve).as("%s: sources copied after the dependency layer", file).isTrue();
        }
    }

    @Test
    void shouldCopyThePomOfEveryReactorModuleWhenResolvingDependencies() throws IOException {
        String rootPom = Files.readString(ComposeFiles.root().resolve("pom.xml"));
        String defaultModules = rootPom.replaceAll("(?s)<profiles>.*</profiles>", "");
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(defaultModules);
        List<String> poms = new ArrayList<>(List.of("pom.xml"));
        while (module.find()) {
            poms.add(module.group(1).trim() + "/pom.xml");
        }
        for (String file : ALL) {
            Dockerfile dockerfile = Dockerfile.read(ComposeFiles.root().resolve(file));

            List<String> copied = dockerfile.stages().get(0).all("COPY").stream().flatMap(c -> sources(c).stream()).toList();

            assertThat(copied).as("%s: Maven reads every module of the root pom", file).containsAll(poms);
        }
    }

    @Test
    void shouldExposeThePortsComposeRoutesToWhenProductionImagesAreBuilt() throws IOException {
        assertThat(Dockerfile.read(ComposeFiles.root().resolve("server/Dockerfile")).finalStage().all("EXPOSE"))
                .extracting(Dockerfile.Instruction::arguments).containsExactly("8000");
        assertThat(Dockerfile.read(ComposeFiles.root().resolve("nginx/Dockerfile")).finalStage().all("EXPOSE"))
                .extracting(Dockerfile.Instruction::arguments).containsExactly("8080");
    }

    @Test
    void shouldShipTheNginxConfigurationTheNativeTopologyRunsWhenTheFrontendImageIsBuilt() throws IOException {
        Dockerfile.Stage runtime = Dockerfile.read(ComposeFiles.root().resolve("nginx/Dockerfile")).finalStage();

        List<String> copies = runtime.all("COPY").stream().map(Dockerfile.Instruction::arguments).toList();

        assertThat(copies).contains("nginx/nginx.conf /etc/nginx/nginx.conf", "nginx/templates/ /etc/nginx/templates/");
        assertThat(ComposeFiles.root().resolve("nginx/templates/default.conf.template")).exists();
        assertThat(runtime.last("CMD").orElseThrow().arguments()).contains("\"-p\", \"/var/cache/nginx/\"");
    }

    @Test
    void shouldRecogniseUnpinnedImagesWhenTheyAppear() {
        assertThat(isPinned("nginx")).isFalse();
        assertThat(isPinned("nginx:latest")).isFalse();
        assertThat(isPinned("redis:7-alpine")).isFalse();
        assertThat(isPinned("redis:7.4.2-alpine")).isTrue();
        assertThat(isPinned("maven:3.9.9-eclipse-temurin-17")).isTrue();
    }

    static boolean isPinned(String image) {
        return image.contains(":") && !image.endsWith(":latest") && PINNED.matcher(image).matches()
                || image.contains("@sha256:");
    }

    private static Dockerfile.Stage buildStage(Dockerfile dockerfile) {
        // the stage that compiles: the last one whose RUN calls Maven, else the final stage
        Dockerfile.Stage found = dockerfile.finalStage();
        for (Dockerfile.Stage stage : dockerfile.stages()) {
            if (stage.all("RUN").stream().anyMatch(run -> run.arguments().startsWith("mvn"))) {
                found = stage;
            }
        }
        return found;
    }

    private static List<String> sources(Dockerfile.Instruction copy) {
        List<String> words = new ArrayList<>(List.of(copy.arguments().split("\\s+")));
        words.removeIf(w -> w.startsWith("--"));
        return words.subList(0, Math.max(0, words.size() - 1));
    }

    private static int indexOf(List<Dockerfile.Instruction> steps, java.util.function.Predicate<Dockerfile.Instruction> test) {
        for (int i = 0; i < steps.size(); i++) {
            if (test.test(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
