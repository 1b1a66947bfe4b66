package io.inpact.system;

import io.inpact.api.common.ComponentHealth;
import io.inpact.api.common.SystemInfo;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.List;

@Singleton
final class SystemInfoService {

    private final BuildInfo buildInfo;
    private final List<DependencyCheck> checks;

    SystemInfoService(BuildInfo buildInfo, List<DependencyCheck> checks) {
        this.buildInfo = buildInfo;
        this.checks = checks;
    }

    Mono<SystemInfo> info() {
        return Flux.fromIterable(checks)
                .flatMap(DependencyCheck::check)
                .sort(Comparator.comparing(ComponentHealth::name))
                .collectList()
                .map(components -> new SystemInfo(buildInfo.version(), overall(components), components));
    }

    private static String overall(List<ComponentHealth> components) {
        return components.stream().allMatch(ComponentHealth::isUp) ? ComponentHealth.UP : ComponentHealth.DOWN;
    }
}
