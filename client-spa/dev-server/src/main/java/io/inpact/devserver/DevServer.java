package io.inpact.devserver;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The SPA's development server (the frontend service of compose.override.yaml): builds the SPA once, then
 * again on every change under client-spa/ or shared-model/, serves it with live reload and proxies /api to
 * the backend. Stop with SIGTERM or Ctrl-C.
 */
public final class DevServer implements AutoCloseable {

    static final String HEALTH_PATH = "/__dev/health";

    private static final System.Logger LOG = System.getLogger("io.inpact.devserver");

    private final DevServerConfig config;
    private final SpaCompiler compiler;
    private final StaticFiles files;
    private final LiveReload liveReload = new LiveReload();
    private final ApiProxy proxy;
    private final ExecutorService connections = Executors.newCachedThreadPool(daemon("dev-server-connection"));
    private final ExecutorService builds = Executors.newSingleThreadExecutor(daemon("dev-server-build"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("dev-server-heartbeat"));
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private final AtomicBoolean sharedModelDirty = new AtomicBoolean(true);
    private final ServerSocket serverSocket;
    private final SourceWatcher watcher;
    private volatile BuildOutcome lastOutcome;

    DevServer(DevServerConfig config) throws IOException {
        this.config = config;
        this.compiler = new SpaCompiler(config, SpaCompiler.ownClassPath());
        this.files = new StaticFiles(config.webappDir());
        this.proxy = new ApiProxy(config.backend());
        this.watcher = new SourceWatcher(List.of(config.sharedModelSources(), config.spaSources(),
                config.spaResources(), config.webappDir()));
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()));
    }

    public static void main(String[] args) throws IOException {
        DevServer server = new DevServer(DevServerConfig.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dev-server-stop"));
        server.start();
        LOG.log(System.Logger.Level.INFO, "SPA dev server on http://{0}:{1,number,#}/, /api proxied to {2}",
                server.config.bindAddress(), server.port(), server.config.backend());
    }

    void start() {
        requestBuild(Set.of());
        Thread accept = new Thread(this::acceptLoop, "dev-server-accept");
        accept.setDaemon(false);
        accept.start();
        Thread watch = new Thread(() -> watcher.run(this::requestBuild), "dev-server-watch");
        watch.setDaemon(true);
        watch.start();
        heartbeat.scheduleAtFixedRate(liveReload::heartbeat, 15, 15, TimeUnit.SECONDS);
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    BuildOutcome lastOutcome() {
        return lastOutcome;
    }

    /** Coalesces changes: while a build runs, any number of further changes cause exactly one more build. */
    private void requestBuild(Set<Path> changed) {
        if (changed.stream().anyMatch(p -> p.startsWith(config.sharedModelSources()) || p.equals(Path.of("")))) {
            sharedModelDirty.set(true);
        }
        boolean onlyStatic = !changed.isEmpty() && changed.stream().allMatch(p -> p.startsWith(config.webappDir()));
        if (onlyStatic) {
            liveReload.buildSucceeded(new BuildOutcome(lastOutcome == null ? 0 : lastOutcome.number(), true, 0, ""));
            return;
        }
        if (rebuildQueued.compareAndSet(false, true)) {
            builds.execute(this::rebuild);
        }
    }

    private void rebuild() {
        rebuildQueued.set(false);
        BuildOutcome outcome = compiler.build(sharedModelDirty.getAndSet(false));
        if (outcome.succeeded()) {
            try {
                files.publish(compiler.output());
            } catch (IOException e) {
                outcome = new BuildOutcome(outcome.number(), false, outcome.millis(), "cannot read " + compiler.output() + ": " + e);
            }
        }
        lastOutcome = outcome;
        if (outcome.succeeded()) {
            LOG.log(System.Logger.Level.INFO, "build #{0} ready in {1} ms", outcome.number(), outcome.millis());
            liveReload.buildSucceeded(outcome);
        } else {
            LOG.log(System.Logger.Level.WARNING, "build #{0} failed in {1} ms:\n{2}", outcome.number(), outcome.millis(), outcome.errors());
            liveReload.buildFailed(outcome);
        }
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                connections.execute(() -> handle(socket));
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "accept failed", e);
            }
        }
    }

    private void handle(Socket socket) {
        boolean keepOpen = false;
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            HttpRequestHead request = HttpRequestHead.read(in);
            if (request == null) {
                return;
            }
            String path = request.path();
            if (path.equals("/api") || path.startsWith("/api/")) {
                proxy.forward(request, socket, in);
            } else if (path.equals(LiveReload.EVENTS_PATH)) {
                liveReload.subscribe(socket);
                keepOpen = true;
            } else if (path.equals(HEALTH_PATH)) {
                BuildOutcome outcome = lastOutcome;
                HttpResponses.text(socket.getOutputStream(), outcome == null ? 503 : 200, outcome == null ? "Service Unavailable" : "OK",
                        outcome == null ? "first build running\n" : "build #" + outcome.number() + (outcome.succeeded() ? " ok\n" : " failed\n"));
            } else {
                files.serve(request, socket.getOutputStream());
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "connection ended: {0}", e.toString());
        } finally {
            if (!keepOpen) {
                closeQuietly(socket);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(serverSocket);
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "watcher close failed", e);
        }
        heartbeat.shutdownNow();
        builds.shutdownNow();
        connections.shutdownNow();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "close failed", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
