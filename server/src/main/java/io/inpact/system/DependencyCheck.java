package io.inpact.system;

import io.inpact.api.common.ComponentHealth;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * A real round trip to one external dependency, answered within {@link #TIMEOUT}. Each check is a readiness
 * health indicator (so {@code /health/readiness} answers 503 when it fails) and feeds {@code /api/system/info}.
 */
interface DependencyCheck extends HealthIndicator {

    Duration TIMEOUT = Duration.ofSeconds(3);

    String name();

    /** Never fails: a dependency that does not answer in time is reported DOWN. */
    Mono<ComponentHealth> check();

    @Override
    default Publisher<HealthResult> getResult() {
        return check().map(DependencyCheck::toHealthResult);
    }

    static Mono<ComponentHealth> timed(String name, Mono<?> probe) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return probe
                    .timeout(TIMEOUT)
                    .map(ignored -> new ComponentHealth(name, ComponentHealth.UP, elapsedMillis(start), null))
                    .onErrorResume(error -> Mono.just(
                            new ComponentHealth(name, ComponentHealth.DOWN, elapsedMillis(start), describe(error))));
        });
    }

    private static HealthResult toHealthResult(ComponentHealth health) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("latencyMillis", health.latencyMillis());
        if (health.detail() != null) {
            details.put("error", health.detail());
        }
        return HealthResult.builder(health.name(), health.isUp() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details)
                .build();
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String describe(Throwable error) {
        if (error instanceof TimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        String text = root.getClass().getSimpleName() + message;
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
