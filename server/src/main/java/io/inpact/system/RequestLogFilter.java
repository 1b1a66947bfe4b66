package io.inpact.system;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.util.Map;

/**
 * One structured log line per request (method, path, status, duration, request id), the request id in the MDC
 * of everything logged while the request runs, on whichever thread, and echoed in the response.
 * Runs before security, so rejected requests are logged too. Health probes log at DEBUG.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestLogFilter implements Ordered {

    static final String LOGGER = "io.inpact.request";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final String STARTED = "inpact.request-started";

    @RequestFilter
    void start(HttpRequest<?> request, MutablePropagatedContext context) {
        String requestId = RequestIds.accept(request.getHeaders().get(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        request.setAttribute(STARTED, System.nanoTime());
        context.add(new MdcPropagationContext(Map.of(RequestIds.MDC_KEY, requestId)));
    }

    @ResponseFilter
    void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String requestId = RequestIds.of(request);
        response.header(RequestIds.HEADER, requestId);
        long durationMs = request.getAttribute(STARTED, Long.class)
                .map(started -> (System.nanoTime() - started) / 1_000_000)
                .orElse(-1L);
        Level level = request.getPath().startsWith("/health") ? Level.DEBUG : Level.INFO;
        LOG.atLevel(level)
                .addKeyValue("method", request.getMethodName())
                .addKeyValue("path", request.getPath())
                .addKeyValue("status", response.code())
                .addKeyValue("durationMs", durationMs)
                .addKeyValue(RequestIds.MDC_KEY, requestId)
                .log("{} {} {} {}ms", request.getMethodName(), request.getPath(), response.code(), durationMs);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
