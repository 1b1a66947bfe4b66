package io.inpact.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture of shared/docs/docker-architecture.md, as compose.yaml (production) and compose.yaml +
 * compose.override.yaml (development) describe it once merged by Compose's rules.
 */
class ComposeTopologyTest {

    private static final Set<String> SERVICES = Set.of("frontend", "backend", "redis", "db");
    /** Development adds Mailpit, a local mail catcher, and nothing else. */
    private static final Set<String> DEVELOPMENT_SERVICES = Set.of("frontend", "backend", "redis", "db", "mailpit");
    private static final String NETWORK = "inpactai-network";

    @Test
    void shouldRunFourServicesAndMailpitOnlyInDevelopmentOnOnePrivateBridgeNetworkWhenEitherMode() throws IOException {
        for (Map.Entry<Map<String, Object>, Set<String>> mode : List.of(Map.entry(ComposeFiles.production(), SERVICES),
                Map.entry(ComposeFiles.development(), DEVELOPMENT_SERVICES))) {
            Map<String, Object> project = mode.getKey();
            assertThat(map(project, "services").keySet()).containsExactlyInAnyOrderElementsOf(mode.getValue());
            assertThat(map(project, "networks")).containsOnlyKeys(NETWORK);
            assertThat(map(map(project, "networks"), NETWORK)).containsEntry("driver", "bridge").containsEntry("name", NETWORK);
            for (String service : mode.getValue()) {
                assertThat(networksOf(service(project, service))).as(service).containsExactly(NETWORK);
            }
        }
    }

    @Test
    void shouldCatchTheBackendsMailInPinnedMailpitWithItsUiOnLoopbackWhenDevelopment() throws IOException {
        Map<String, Object> development = ComposeFiles.development();

        assertThat(service(development, "mailpit").get("image").toString()).matches("axllent/mailpit:v\\d+\\.\\d+\\.\\d+");
        assertThat(list(service(development, "mailpit"), "ports")).containsExactly("127.0.0.1:8025:8025");
        assertThat(list(service(development, "mailpit"), "expose")).containsExactly("1025");
        assertThat(healthcheck(development, "mailpit")).containsExactly("CMD", "/mailpit", "readyz");
        assertThat(map(service(development, "backend"), "environment"))
                .containsEntry("SMTP_HOST", "mailpit")
                .containsEntry("SMTP_PORT", "1025")
                .containsEntry("PUBLIC_URL", "http://localhost:5173")
                .containsKey("SMTP_FROM");
        assertThat(map(service(ComposeFiles.production(), "backend"), "environment"))
                .doesNotContainKeys("SMTP_HOST", "SMTP_PORT", "PUBLIC_URL");
    }

    @Test
    void shouldPublishOnlyTheFrontendPortWhenProduction() throws IOException {
        Map<String, Object> production = ComposeFiles.production();

        assertThat(list(service(production, "frontend"), "ports")).containsExactly("80:8080");
        for (String internal : List.of("backend", "redis", "db")) {
            assertThat(service(production, internal)).as(internal).doesNotContainKey("ports");
        }
        assertThat(list(service(production, "backend"), "expose")).containsExactly("8000");
        assertThat(list(service(production, "redis"), "expose")).containsExactly("6379");
        assertThat(list(service(production, "db"), "expose")).containsExactly("5432");
    }

    @Test
    void shouldPublishTheArchitecturePortTableOnLoopbackWhenDevelopment() throws IOException {
        Map<String, Object> development = ComposeFiles.development();

        assertThat(list(service(development, "frontend"), "ports")).containsExactly("127.0.0.1:5173:5173");
        assertThat(list(service(development, "backend"), "ports")).containsExactly("127.0.0.1:8000:8000", "127.0.0.1:5005:5005");
        assertThat(list(service(development, "redis"), "ports")).containsExactly("127.0.0.1:6379:6379");
        assertThat(list(service(development, "db"), "ports")).containsExactly("127.0.0.1:5432:5432");
    }

    @Test
    void shouldStartEachTierOnlyWhenTheOneBelowIsHealthyWhenEitherMode() throws IOException {
        for (Map<String, Object> project : List.of(ComposeFiles.production(), ComposeFiles.development())) {
            assertThat(dependsOn(project, "backend")).containsOnlyKeys("db", "redis");
            assertThat(dependsOn(project, "frontend")).containsOnlyKeys("backend");
            for (Map<?, ?> condition : List.of(dependsOn(project, "backend").get("db"), dependsOn(project, "backend").get("redis"),
                    dependsOn(project, "frontend").get("backend"))) {
                assertThat(condition.get("condition")).isEqualTo("service_healthy");
            }
            assertThat(service(project, "redis")).doesNotContainKey("depends_on");
            assertThat(service(project, "db")).doesNotContainKey("depends_on");
        }
    }

    @Test
    void shouldCheckTheHealthOfEveryServiceWhenEitherMode() throws IOException {
        Map<String, Object> production = ComposeFiles.production();
        Map<String, Object> development = ComposeFiles.development();

        assertThat(healthcheck(production, "redis")).containsExactly("CMD", "redis-cli", "ping");
        assertThat(healthcheck(production, "db")).startsWith("CMD", "pg_isready");
        assertThat(healthcheck(production, "backend")).startsWith("CMD", "java").contains("HealthCheck");
        assertThat(healthcheck(production, "frontend")).contains("http://127.0.0.1:8080/nginx-health");
        assertThat(healthcheck(development, "backend")).contains("http://127.0.0.1:8000/health");
        assertThat(healthcheck(development, "frontend")).contains("http://127.0.0.1:5173/__dev/health");
        assertThat(healthcheck(development, "redis")).isEqualTo(healthcheck(production, "redis"));
        assertThat(healthcheck(development, "db")).isEqualTo(healthcheck(production, "db"));
    }

    @Test
    void shouldKeepOnlyDataInVolumesWhenProduction() throws IOException {
        Map<String, Object> production = ComposeFiles.production();

        assertThat(map(production, "volumes")).containsOnlyKeys("redis_data", "db_data");
        assertThat(list(service(production, "redis"), "volumes")).containsExactly("redis_data:/data");
        assertThat(list(service(production, "db"), "volumes")).containsExactly("db_data:/var/lib/postgresql/data");
        assertThat(service(production, "frontend")).doesNotContainKey("volumes");
        assertThat(service(production, "backend")).doesNotContainKey("volumes");
    }

    @Test
    void shouldMountTheSourcesAndKeepBuildOutputsInNamedVolumesWhenDevelopment() throws IOException {
        Map<String, Object> development = ComposeFiles.development();
        Set<String> named = map(development, "volumes").keySet();

        for (String service : List.of("frontend", "backend")) {
            List<String> volumes = list(service(development, service), "volumes");
            assertThat(volumes).as(service).contains(".:/workspace").anyMatch(v -> v.endsWith(":/root/.m2"));
            for (String volume : volumes) {
                String source = volume.split(":")[0];
                String target = ComposeFiles.volumeTarget(volume);
                if (target.endsWith("/target") || target.equals("/root/.m2")) {
                    assertThat(named).as("%s: %s lives in a named volume", service, target).contains(source);
                }
            }
        }
        assertThat(list(service(development, "frontend"), "volumes"))
                .contains("frontend_dev_server_target:/workspace/client-spa/dev-server/target");
        assertThat(list(service(development, "backend"), "volumes"))
                .contains("backend_server_target:/workspace/server/target", "backend_shared_model_target:/workspace/shared-model/target",
                        "backend_client_spa_target:/workspace/client-spa/target");
        assertThat(named).contains("redis_data", "db_data");
    }

    @Test
    void shouldHotReloadFromMountedSourcesWhenDevelopment() throws IOException {
        Map<String, Object> development = ComposeFiles.development();

        assertThat(map(service(development, "frontend"), "build")).containsEntry("dockerfile", "client-spa/dev-server/Dockerfile");
        assertThat(list(service(development, "frontend"), "command")).containsExactly("sh", "client-spa/dev-server/run.sh");
        assertThat(map(service(development, "frontend"), "environment")).containsEntry("DEV_BACKEND_URL", "http://backend:8000");
        assertThat(map(service(development, "backend"), "build")).containsEntry("target", "deps");
        assertThat(list(service(development, "backend"), "command"))
                .contains("-Dmn.debug=true", "-Dmn.debug.port=5005")
                .containsSubsequence("-pl", ".,server", "-am", "process-classes", "io.micronaut.maven:micronaut-maven-plugin:4.11.6:run");
        assertThat(map(service(development, "backend"), "environment")).containsEntry("LOGGER_LEVELS_IO_INPACT", "DEBUG");
        assertThat(Files.isExecutable(ComposeFiles.root().resolve("client-spa/dev-server/run.sh"))).isTrue();
    }

    @Test
    void shouldRunAsRootOnlyInTheDevelopmentContainersThatHotReloadWhenEitherMode() throws IOException {
        Map<String, Object> production = ComposeFiles.production();
        Map<String, Object> development = ComposeFiles.development();

        for (String service : SERVICES) {
            // production: the images' own users (the Dockerfiles' USER; redis and postgres drop root themselves)
            assertThat(service(production, service)).as(service).doesNotContainKey("user");
        }
        assertThat(service(development, "frontend")).containsEntry("user", "0:0");
        assertThat(service(development, "backend")).containsEntry("user", "0:0");
        assertThat(service(development, "redis")).doesNotContainKey("user");
        assertThat(service(development, "db")).doesNotContainKey("user");
        assertThat(list(service(production, "frontend"), "cap_drop")).containsExactly("ALL");
        assertThat(list(service(production, "backend"), "cap_drop")).containsExactly("ALL");
    }

    @Test
    void shouldLimitCpuAndMemoryAndRestartEveryServiceWhenEitherMode() throws IOException {
        for (Map<String, Object> project : List.of(ComposeFiles.production(), ComposeFiles.development())) {
            for (String name : map(project, "services").keySet()) {
                Map<String, Object> limits = map(map(map(service(project, name), "deploy"), "resources"), "limits");
                assertThat(limits).as(name).containsKeys("cpus", "memory");
                assertThat(service(project, name)).as(name).containsEntry("restart", "unless-stopped");
            }
        }
    }

    @Test
    void shouldReadConfigurationFromOptionalEnvFilesWhenEitherMode() throws IOException {
        Map<String, Object> production = ComposeFiles.production();

        assertThat(list(service(production, "backend"), "env_file")).containsExactly(Map.of("path", "server/.env", "required", false));
        assertThat(list(service(production, "frontend"), "env_file")).containsExactly(Map.of("path", "client-spa/.env", "required", false));
        assertThat(ComposeFiles.root().resolve("server/.env.example")).exists();
        assertThat(ComposeFiles.root().resolve("client-spa/.env.example")).exists();
    }

    @Test
    void shouldTakeTheDatabasePasswordFromASecretAndNeverFromTheComposeFileWhenEitherMode() throws IOException {
        Map<String, Object> production = ComposeFiles.production();

        assertThat(map(service(production, "db"), "environment"))
                .containsEntry("POSTGRES_PASSWORD_FILE", "/run/secrets/db_password").doesNotContainKey("POSTGRES_PASSWORD");
        assertThat(map(service(production, "backend"), "environment"))
                .containsEntry("DB_PASSWORD_FILE", "/run/secrets/db_password").doesNotContainKey("DB_PASSWORD");
        assertThat(list(service(production, "db"), "secrets")).containsExactly("db_password");
        assertThat(list(service(production, "backend"), "secrets")).containsExactly("db_password");
        assertThat(map(map(production, "secrets"), "db_password")).containsEntry("file", "./.secrets/db_password");
        assertThat(Files.readString(ComposeFiles.root().resolve(".gitignore"))).contains("/.secrets/");
        Map<String, Object> development = ComposeFiles.development();
        assertThat(map(map(development, "secrets"), "db_password")).containsEntry("file", "./.dev/db_password");
        assertThat(ComposeFiles.root().resolve(".dev/db_password")).exists();
    }

    @Test
    void shouldPersistRedisWithoutEvictingWhatOnlyLivesThereWhenEitherMode() throws IOException {
        List<String> command = list(service(ComposeFiles.production(), "redis"), "command");

        assertThat(command).containsSequence("--appendonly", "yes").contains("--maxmemory");
        String policy = command.get(command.indexOf("--maxmemory-policy") + 1);
        assertThat(policy).as("only keys with a TTL may be evicted").startsWith("volatile-");
    }

    @Test
    void shouldPinTheRedisAndPostgresImagesWhenEitherMode() throws IOException {
        Map<String, Object> production = ComposeFiles.production();

        assertThat(service(production, "redis").get("image").toString()).matches("redis:7\\.\\d+\\.\\d+-alpine");
        assertThat(service(production, "db").get("image").toString()).matches("postgres:16\\.\\d+-alpine");
        assertThat(map(service(production, "frontend"), "build")).containsEntry("context", ".").containsEntry("dockerfile", "nginx/Dockerfile");
        assertThat(map(service(production, "backend"), "build")).containsEntry("context", ".").containsEntry("dockerfile", "server/Dockerfile");
    }

    // ---- navigation ------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return (List<T>) value;
    }

    static Map<String, Object> service(Map<String, Object> project, String name) {
        return map(map(project, "services"), name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<?, ?>> dependsOn(Map<String, Object> project, String service) {
        Object value = service(project, service).get("depends_on");
        return (Map<String, Map<?, ?>>) (Object) map(Map.of("depends_on", value), "depends_on");
    }

    private static List<String> healthcheck(Map<String, Object> project, String service) {
        return list(map(service(project, service), "healthcheck"), "test");
    }

    private static Set<String> networksOf(Map<String, Object> service) {
        Object networks = service.get("networks");
        return networks instanceof Map<?, ?> m ? Set.copyOf((Set<String>) (Set<?>) m.keySet()) : Set.copyOf(list(service, "networks"));
    }
}
