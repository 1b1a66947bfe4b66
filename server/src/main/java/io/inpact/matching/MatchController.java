package io.inpact.matching;

import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Page;
import io.inpact.api.matching.CampaignMatch;
import io.inpact.api.matching.CreatorMatch;
import io.inpact.api.matching.PricingRecommendation;
import io.inpact.campaigns.Caller;
import io.inpact.campaigns.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class MatchController {

    private final MatchService matches;
    private final PricingService pricing;

    MatchController(MatchService matches, PricingService pricing) {
        this.matches = matches;
        this.pricing = pricing;
    }

    @Get(ApiPaths.CAMPAIGN_MATCHES)
    @Secured("BRAND")
    Page<CreatorMatch> creators(Authentication auth, String id, @Nullable @QueryValue Integer page,
                                @Nullable @QueryValue Integer size) {
        return matches.creatorsFor(Caller.of(auth), id, Paging.of(page, size));
    }

    @Get(ApiPaths.CREATOR_MY_MATCHES)
    @Secured("CREATOR")
    Page<CampaignMatch> campaigns(Authentication auth, @Nullable @QueryValue Integer page,
                                  @Nullable @QueryValue Integer size) {
        return matches.campaignsFor(Caller.of(auth), Paging.of(page, size));
    }

    @Get(ApiPaths.CREATOR_MY_PRICING)
    @Secured("CREATOR")
    PricingRecommendation pricing(Authentication auth) {
        return pricing.recommend(Caller.of(auth));
    }
}
