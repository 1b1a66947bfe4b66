package io.inpact.chat;

import io.inpact.api.common.ErrorBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses a chat WebSocket handshake whose {@code Origin} is not this site (or a configured origin):
 * a browser sends the session cookie with any page's WebSocket, so only the Origin tells a foreign
 * page apart.
 */
@ServerFilter("/api/chat/ws")
class ChatOriginFilter {

    private final ChatConfig config;

    ChatOriginFilter(ChatConfig config) {
        this.config = config;
    }

    @RequestFilter
    @Nullable
    HttpResponse<ErrorBody> checkOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin != null && allowed(origin, request)) {
            return null;
        }
        String message = origin == null ? "the chat socket needs an Origin header"
                : "origin [" + origin + "] may not open the chat socket";
        return HttpResponse.<ErrorBody>status(io.micronaut.http.HttpStatus.FORBIDDEN)
                .body(new ErrorBody(403, "forbidden_origin", message, Map.of()));
    }

    private boolean allowed(String origin, HttpRequest<?> request) {
        String normalized = origin.toLowerCase(Locale.ROOT);
        for (String allowed : config.allowedOrigins()) {
            if (!allowed.isBlank() && normalized.equals(stripSlash(allowed.trim().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        String host = request.getHeaders().get("X-Forwarded-Host");
        if (host == null) {
            host = request.getHeaders().get(HttpHeaders.HOST);
        }
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(stripDefaultPort(host.trim(), uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripDefaultPort(String host, String scheme) {
        if ("http".equals(scheme) && host.endsWith(":80")) {
            return host.substring(0, host.length() - 3);
        }
        if ("https".equals(scheme) && host.endsWith(":443")) {
            return host.substring(0, host.length() - 4);
        }
        return host;
    }

    private static String stripSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
