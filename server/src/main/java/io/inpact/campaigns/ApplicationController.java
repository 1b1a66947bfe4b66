package io.inpact.campaigns;

import io.inpact.api.campaigns.ApplicationRequest;
import io.inpact.api.campaigns.ApplicationStatus;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ApplicationController {

    private final ApplicationService service;

    ApplicationController(ApplicationService service) {
        this.service = service;
    }

    @Post(ApiPaths.CAMPAIGN_APPLICATIONS)
    @Secured("CREATOR")
    HttpResponse<ApplicationView> apply(Authentication auth, String id, @Body ApplicationRequest request) {
        return HttpResponse.created(service.apply(Caller.of(auth), id, request));
    }

    @Get(ApiPaths.CAMPAIGN_APPLICATIONS)
    @Secured("BRAND")
    Page<ApplicationView> forCampaign(Authentication auth, String id, @Nullable @QueryValue ApplicationStatus status,
                                      @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return service.forCampaign(Caller.of(auth), id, status, Paging.of(page, size));
    }

    @Get(ApiPaths.APPLICATIONS_MINE)
    @Secured("CREATOR")
    Page<ApplicationView> mine(Authentication auth, @Nullable @QueryValue ApplicationStatus status,
                               @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return service.mine(Caller.of(auth), status, Paging.of(page, size));
    }

    @Get(MarketplacePaths.APPLICATIONS_TO_REVIEW)
    @Secured("BRAND")
    Page<ApplicationView> toReview(Authentication auth, @Nullable @QueryValue Integer page,
                                   @Nullable @QueryValue Integer size) {
        return service.toReview(Caller.of(auth), Paging.of(page, size));
    }

    @Post(ApiPaths.APPLICATION_ACCEPT)
    @Secured("BRAND")
    ApplicationView accept(Authentication auth, String id) {
        return service.accept(Caller.of(auth), id);
    }

    @Post(ApiPaths.APPLICATION_REJECT)
    @Secured("BRAND")
    ApplicationView reject(Authentication auth, String id) {
        return service.reject(Caller.of(auth), id);
    }

    @Post(ApiPaths.APPLICATION_WITHDRAW)
    @Secured("CREATOR")
    ApplicationView withdraw(Authentication auth, String id) {
        return service.withdraw(Caller.of(auth), id);
    }
}
