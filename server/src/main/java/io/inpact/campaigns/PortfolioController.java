package io.inpact.campaigns;

import io.inpact.api.campaigns.CreatorMetrics;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.campaigns.PortfolioPostRequest;
import io.inpact.api.campaigns.PortfolioPostView;
import io.inpact.api.common.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PortfolioController {

    private final PortfolioService service;

    PortfolioController(PortfolioService service) {
        this.service = service;
    }

    @Get(MarketplacePaths.MY_POSTS)
    @Secured("CREATOR")
    Page<PortfolioPostView> mine(Authentication auth, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return service.list(auth.getName(), Paging.of(page, size));
    }

    @Post(MarketplacePaths.MY_POSTS)
    @Secured("CREATOR")
    HttpResponse<PortfolioPostView> create(Authentication auth, @Body PortfolioPostRequest request) {
        return HttpResponse.created(service.create(Caller.of(auth), request));
    }

    @Put(MarketplacePaths.MY_POST)
    @Secured("CREATOR")
    PortfolioPostView update(Authentication auth, String id, @Body PortfolioPostRequest request) {
        return service.update(Caller.of(auth), id, request);
    }

    @Delete(MarketplacePaths.MY_POST)
    @Secured("CREATOR")
    HttpResponse<Void> delete(Authentication auth, String id) {
        service.delete(Caller.of(auth), id);
        return HttpResponse.noContent();
    }

    @Get(MarketplacePaths.CREATOR_POSTS)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Page<PortfolioPostView> ofCreator(String id, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return service.list(id, Paging.of(page, size));
    }

    @Get(MarketplacePaths.CREATOR_METRICS)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CreatorMetrics metrics(String id) {
        return service.metrics(id);
    }
}
