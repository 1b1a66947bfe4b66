package io.inpact.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The last rule asked: a route that no {@code @Secured} (or other rule) decided is open to any signed-in user,
 * and rejected (401) for anonymous callers. Paths with no route (404, 405, static files) fall through to the router.
 */
@Singleton
final class AuthenticatedByDefaultRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        boolean routed = RouteAttributes.getRouteMatch(request).isPresent();
        return Mono.just(routed && authentication != null ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
