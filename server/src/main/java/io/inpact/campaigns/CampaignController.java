package io.inpact.campaigns;

import io.inpact.api.campaigns.CampaignRequest;
import io.inpact.api.campaigns.CampaignSort;
import io.inpact.api.campaigns.CampaignStatus;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
class CampaignController {

    private final CampaignService service;

    CampaignController(CampaignService service) {
        this.service = service;
    }

    @Post(ApiPaths.CAMPAIGNS)
    @Secured("BRAND")
    HttpResponse<CampaignView> create(Authentication auth, @Body CampaignRequest request) {
        return HttpResponse.created(service.create(Caller.of(auth), request));
    }

    @Get(ApiPaths.CAMPAIGNS)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Page<CampaignView> search(@Nullable @QueryValue String q, @Nullable @QueryValue Niche niche,
                              @Nullable @QueryValue String minBudget, @Nullable @QueryValue String maxBudget,
                              @Nullable @QueryValue CampaignSort sort,
                              @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return service.search(q, niche, minBudget, maxBudget, sort, Paging.of(page, size));
    }

    @Get(MarketplacePaths.CAMPAIGNS_MINE)
    @Secured("BRAND")
    Page<CampaignView> mine(Authentication auth, @Nullable @QueryValue CampaignStatus status,
                            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return service.mine(Caller.of(auth), status, Paging.of(page, size));
    }

    @Get(ApiPaths.CAMPAIGN)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CampaignView get(Authentication auth, String id) {
        return service.get(Caller.of(auth), id);
    }

    @Put(ApiPaths.CAMPAIGN)
    @Secured("BRAND")
    CampaignView update(Authentication auth, String id, @Body CampaignRequest request) {
        return service.update(Caller.of(auth), id, request);
    }

    @Post(ApiPaths.CAMPAIGN_CLOSE)
    @Secured("BRAND")
    CampaignView close(Authentication auth, String id) {
        return service.close(Caller.of(auth), id);
    }
}
