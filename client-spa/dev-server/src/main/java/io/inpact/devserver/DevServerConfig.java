package io.inpact.devserver;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the dev server reads, writes, listens and proxies to; every value from an environment variable.
 *
 * @param projectDir  repository root holding client-spa/ and shared-model/ (DEV_PROJECT_DIR, default: working directory)
 * @param workDir     compiled classes, TeaVM's incremental cache and the built JS (DEV_WORK_DIR,
 *                    default: client-spa/dev-server/target/dev)
 * @param bindAddress address to listen on (DEV_BIND_ADDRESS, default 127.0.0.1; the container uses 0.0.0.0)
 * @param port        port to listen on (DEV_SERVER_PORT, default 5173; 0 picks a free one)
 * @param backend     where /api goes (DEV_BACKEND_URL, default http://localhost:8000; compose: http://backend:8000)
 */
record DevServerConfig(Path projectDir, Path workDir, String bindAddress, int port, URI backend) {

    static DevServerConfig fromEnvironment(Map<String, String> env) {
        Path project = Path.of(env.getOrDefault("DEV_PROJECT_DIR", ".")).toAbsolutePath().normalize();
        Path work = env.containsKey("DEV_WORK_DIR")
                ? Path.of(env.get("DEV_WORK_DIR")).toAbsolutePath()
                : project.resolve("client-spa/dev-server/target/dev");
        return new DevServerConfig(project, work,
                env.getOrDefault("DEV_BIND_ADDRESS", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("DEV_SERVER_PORT", "5173")),
                URI.create(env.getOrDefault("DEV_BACKEND_URL", "http://localhost:8000")));
    }

    Path sharedModelSources() {
        return projectDir.resolve("shared-model/src/main/java");
    }

    Path spaSources() {
        return projectDir.resolve("client-spa/src/main/java");
    }

    Path spaResources() {
        return projectDir.resolve("client-spa/src/main/resources");
    }

    /** index.html, the stylesheet and static assets, served as they are. */
    Path webappDir() {
        return projectDir.resolve("client-spa/src/main/webapp");
    }
}
