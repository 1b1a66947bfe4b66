package io.inpact.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The running topology under test, as scripts/test hands it over: the nginx URL ({@code inpact.baseUrl})
 * and the run directory of scripts/up ({@code inpact.runDir}) with its logs and rendered nginx config.
 */
final class Topology {

    private Topology() {
    }

    static URI baseUrl() {
        String url = required("inpact.baseUrl");
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    static URI webSocketUri(URI httpBase, String path) {
        return URI.create(httpBase.toString().replaceFirst("^http", "ws") + path);
    }

    static Path runDir() {
        return Path.of(required("inpact.runDir"));
    }

    static Path backendLog() {
        return runDir().resolve("backend.log");
    }

    /** The backend itself, bypassing nginx. */
    static URI backendUrl() {
        return URI.create("http://127.0.0.1:" + value("BACKEND_PORT"));
    }

    /** The directory scripts/up ran nginx from: nginx.conf, mime.types, conf.d/default.conf, html/. */
    static Path nginxPrefix() {
        return Path.of(value("NGINX_PREFIX"));
    }

    private static String value(String name) {
        String value = environment().get(name);
        if (value == null) {
            throw new IllegalStateException(name + " missing in " + runDir().resolve("topology.env"));
        }
        return value;
    }

    private static Map<String, String> environment() {
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(runDir().resolve("topology.env"))) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topology of scripts/up", e);
        }
        return values;
    }

    private static String required(String property) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            throw new IllegalStateException(property + " is not set; run the browser tests through scripts/test");
        }
        return value;
    }
}
