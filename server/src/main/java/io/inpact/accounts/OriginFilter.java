package io.inpact.accounts;

import io.inpact.api.common.ErrorBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;
import java.util.Set;

/**
 * Cross-site request forgery guard: a state-changing request that names a foreign {@code Origin} is refused
 * with 403 before anything else runs. Same-origin means the site's own address: {@code PUBLIC_URL}, or the
 * host the request was addressed to (through nginx: X-Forwarded-Host or Host).
 * Requests without an Origin header (not from a browser page) pass; the SameSite=Strict cookie covers the rest.
 */
@ServerFilter("/api/**")
class OriginFilter implements Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final AccountsConfig config;

    OriginFilter(AccountsConfig config) {
        this.config = config;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String origin = request.getHeaders().get("Origin");
        if (SAFE.contains(request.getMethod()) || origin == null || allowed(origin, request)) {
            return null;
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ErrorBody(403, "foreign_origin",
                "origin [" + origin + "] may not change anything here", Map.of()));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    private boolean allowed(String origin, HttpRequest<?> request) {
        String publicUrl = config.publicUrl();
        if (publicUrl != null && !publicUrl.isBlank() && origin.equalsIgnoreCase(originOf(publicUrl))) {
            return true;
        }
        String host = request.getHeaders().get("X-Forwarded-Host");
        if (host == null) {
            host = request.getHeaders().get("Host");
        }
        int schemeEnd = origin.indexOf("://");
        if (host == null || schemeEnd < 0) {
            return false;
        }
        String originAuthority = origin.substring(schemeEnd + 3);
        host = host.trim();
        // a proxy may pass the host without its port; then the host name alone must match
        if (host.indexOf(':') < 0 && !host.startsWith("[")) {
            int port = originAuthority.lastIndexOf(':');
            originAuthority = port < 0 ? originAuthority : originAuthority.substring(0, port);
        }
        return originAuthority.equalsIgnoreCase(host);
    }

    private static String originOf(String url) {
        int schemeEnd = url.indexOf("://");
        int pathStart = schemeEnd < 0 ? -1 : url.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? url : url.substring(0, pathStart);
    }
}
