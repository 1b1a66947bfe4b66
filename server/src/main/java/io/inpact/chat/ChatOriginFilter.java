package io.inpact.chat;

import io.inpact.api.common.ErrorBody;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
    private final String publicUrl;

    ChatOriginFilter(ChatConfig config, @Value("${inpact.accounts.public-url:}") String publicUrl) {
        this.config = config;
        this.publicUrl = publicUrl;
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
        List<String> configured = new ArrayList<>(config.allowedOrigins());
        configured.add(publicUrl);
        for (String allowed : configured) {
            if (allowed != null && !allowed.isBlank() && normalized.equals(originOf(allowed.trim().toLowerCase(Locale.ROOT)))) {
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
            host = stripDefaultPort(host.trim(), uri.getScheme());
            // a proxy may pass the host without its port; then the host name alone must match
            boolean hostHasPort = host.lastIndexOf(':') > host.lastIndexOf(']');
            String authority = uri.getPort() < 0 || !hostHasPort ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host);
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

    /** {@code https://example.com/app/} → {@code https://example.com}. */
    private static String originOf(String url) {
        int schemeEnd = url.indexOf("://");
        int pathStart = schemeEnd < 0 ? -1 : url.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? url : url.substring(0, pathStart);
    }
}
