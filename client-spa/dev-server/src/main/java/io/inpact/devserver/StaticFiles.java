package io.inpact.devserver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The SPA as the browser sees it in development: index.html (with the live-reload script) for the root and
 * every deep link, the webapp directory's files as they are, and app.js from the last good build. Like
 * nginx in production, a missing file with an extension is a 404, never index.html.
 */
final class StaticFiles {

    /** The production asset pipeline appends the same call (TeaVM's UMD output only defines main). */
    static final String BOOT = "\nmain();\n";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "application/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final Path webapp;
    private volatile byte[] appJs;

    StaticFiles(Path webapp) {
        this.webapp = webapp.toAbsolutePath().normalize();
    }

    void publish(Path builtJs) throws IOException {
        byte[] js = Files.readAllBytes(builtJs);
        byte[] boot = BOOT.getBytes(StandardCharsets.UTF_8);
        byte[] bundle = new byte[js.length + boot.length];
        System.arraycopy(js, 0, bundle, 0, js.length);
        System.arraycopy(boot, 0, bundle, js.length, boot.length);
        appJs = bundle;
    }

    boolean hasBuild() {
        return appJs != null;
    }

    void serve(HttpRequestHead request, OutputStream out) throws IOException {
        boolean head = request.method().equals("HEAD");
        if (!head && !request.method().equals("GET")) {
            HttpResponses.text(out, 405, "Method Not Allowed", "the dev server serves files with GET and HEAD only\n");
            return;
        }
        String path = request.path();
        if (path.equals("/" + SpaCompiler.OUTPUT_FILE)) {
            byte[] js = appJs;
            if (js == null) {
                HttpResponses.text(out, 503, "Service Unavailable", "the first build has not finished yet\n");
            } else {
                HttpResponses.send(out, 200, "OK", TYPES.get("js"), js, head);
            }
            return;
        }
        if (path.equals(LiveReload.SCRIPT_PATH)) {
            HttpResponses.send(out, 200, "OK", TYPES.get("js"), LiveReload.CLIENT_SCRIPT.getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        Path file = webapp.resolve(path.substring(1)).normalize();
        if (file.startsWith(webapp) && Files.isRegularFile(file) && !file.getFileName().toString().equals("index.html")) {
            HttpResponses.send(out, 200, "OK", typeOf(file.getFileName().toString()), Files.readAllBytes(file), head);
        } else if (lastSegment(path).contains(".") && !lastSegment(path).equals("index.html")) {
            HttpResponses.text(out, 404, "Not Found", path + " not found\n");
        } else {
            HttpResponses.send(out, 200, "OK", TYPES.get("html"), indexHtml(), head);
        }
    }

    private byte[] indexHtml() throws IOException {
        String html = Files.readString(webapp.resolve("index.html"), StandardCharsets.UTF_8);
        String script = "<script src=\"" + LiveReload.SCRIPT_PATH + "\"></script>";
        int headEnd = html.toLowerCase(Locale.ROOT).indexOf("</head>");
        html = headEnd < 0 ? script + html : html.substring(0, headEnd) + script + html.substring(headEnd);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String typeOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream"
                : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
