package io.inpact.accounts;

import io.micronaut.http.HttpRequest;

/**
 * The address a request came from. Only nginx reaches the backend in production and it sets X-Real-IP
 * to the peer it saw, so that header is taken first; a direct connection's peer address otherwise.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpRequest<?> request) {
        String realIp = request.getHeaders().get("X-Real-IP");
        if (realIp != null && !realIp.isBlank() && realIp.length() <= 64) {
            return realIp.trim();
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
