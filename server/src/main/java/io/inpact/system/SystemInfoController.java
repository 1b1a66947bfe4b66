package io.inpact.system;

import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.SystemInfo;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import reactor.core.publisher.Mono;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SystemInfoController {

    private final SystemInfoService service;

    SystemInfoController(SystemInfoService service) {
        this.service = service;
    }

    /** The build version and the health of PostgreSQL and Redis; answers 200 even when a part is down. */
    @Get(ApiPaths.SYSTEM_INFO)
    Mono<SystemInfo> info() {
        return service.info();
    }
}
