package io.inpact.campaigns;

import io.inpact.api.campaigns.DealSummary;
import io.inpact.api.campaigns.DealView;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.campaigns.PaymentRequest;
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
import io.micronaut.security.rules.SecurityRule;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class DealController {

    private final DealService service;

    DealController(DealService service) {
        this.service = service;
    }

    @Get(ApiPaths.DEALS)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Page<DealView> mine(Authentication auth, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return service.mine(Caller.of(auth), Paging.of(page, size));
    }

    @Get(MarketplacePaths.DEAL_SUMMARY)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    DealSummary summary(Authentication auth) {
        return service.summary(Caller.of(auth));
    }

    @Get(MarketplacePaths.DEAL)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    DealView get(Authentication auth, String id) {
        return service.get(Caller.of(auth), id);
    }

    @Post(ApiPaths.DEAL_PAYMENTS)
    @Secured("BRAND")
    HttpResponse<DealView> pay(Authentication auth, String id, @Body PaymentRequest request) {
        return HttpResponse.created(service.pay(Caller.of(auth), id, request));
    }
}
