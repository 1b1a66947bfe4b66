package io.inpact.spa.pages.campaigns;

import io.inpact.api.campaigns.ApplicationRequest;
import io.inpact.api.campaigns.ApplicationRequestJson;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.ApplicationViewJson;
import io.inpact.api.campaigns.CampaignRequest;
import io.inpact.api.campaigns.CampaignRequestJson;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.CampaignViewJson;
import io.inpact.api.campaigns.DealSummary;
import io.inpact.api.campaigns.DealSummaryJson;
import io.inpact.api.campaigns.DealView;
import io.inpact.api.campaigns.DealViewJson;
import io.inpact.api.campaigns.MarketplacePaths;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Page;
import io.inpact.api.common.PageJson;
import io.inpact.api.matching.CampaignMatch;
import io.inpact.api.matching.CampaignMatchJson;
import io.inpact.api.matching.CreatorMatch;
import io.inpact.api.matching.CreatorMatchJson;
import io.inpact.api.matching.PricingRecommendation;
import io.inpact.api.matching.PricingRecommendationJson;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.Call;
import io.inpact.spa.api.Callback;

/** The marketplace's endpoints on top of the typed client: shared records in and out. */
public final class MarketApi {

    private final Api api;

    public MarketApi(Api api) {
        this.api = api;
    }

    public Call search(String query, Callback<Page<CampaignView>> callback) {
        return api.get(ApiPaths.CAMPAIGNS + query, PageJson.codec(CampaignViewJson.CODEC), callback);
    }

    public Call myCampaigns(Callback<Page<CampaignView>> callback) {
        return api.get(MarketplacePaths.CAMPAIGNS_MINE + "?size=50", PageJson.codec(CampaignViewJson.CODEC), callback);
    }

    public Call campaign(String id, Callback<CampaignView> callback) {
        return api.get(ApiPaths.campaign(id), CampaignViewJson.CODEC, callback);
    }

    public Call create(CampaignRequest request, Callback<CampaignView> callback) {
        return api.send("POST", ApiPaths.CAMPAIGNS, request, CampaignRequestJson.CODEC, CampaignViewJson.CODEC, callback);
    }

    public Call update(String id, CampaignRequest request, Callback<CampaignView> callback) {
        return api.send("PUT", ApiPaths.campaign(id), request, CampaignRequestJson.CODEC, CampaignViewJson.CODEC, callback);
    }

    public Call close(String id, Callback<CampaignView> callback) {
        return api.send("POST", ApiPaths.campaignClose(id), null, null, CampaignViewJson.CODEC, callback);
    }

    public Call apply(String campaignId, ApplicationRequest request, Callback<ApplicationView> callback) {
        return api.send("POST", ApiPaths.campaignApplications(campaignId), request, ApplicationRequestJson.CODEC,
                ApplicationViewJson.CODEC, callback);
    }

    public Call applications(String campaignId, Callback<Page<ApplicationView>> callback) {
        return api.get(ApiPaths.campaignApplications(campaignId) + "?size=50", PageJson.codec(ApplicationViewJson.CODEC), callback);
    }

    public Call myApplications(Callback<Page<ApplicationView>> callback) {
        return api.get(ApiPaths.APPLICATIONS_MINE + "?size=50", PageJson.codec(ApplicationViewJson.CODEC), callback);
    }

    public Call toReview(Callback<Page<ApplicationView>> callback) {
        return api.get(MarketplacePaths.APPLICATIONS_TO_REVIEW + "?size=50", PageJson.codec(ApplicationViewJson.CODEC), callback);
    }

    /** action is accept, reject or withdraw. */
    public Call decide(String applicationId, String action, Callback<ApplicationView> callback) {
        return api.send("POST", "/api/applications/" + applicationId + "/" + action, null, null, ApplicationViewJson.CODEC,
                callback);
    }

    public Call deals(Callback<Page<DealView>> callback) {
        return api.get(ApiPaths.DEALS + "?size=50", PageJson.codec(DealViewJson.CODEC), callback);
    }

    public Call dealSummary(Callback<DealSummary> callback) {
        return api.get(MarketplacePaths.DEAL_SUMMARY, DealSummaryJson.CODEC, callback);
    }

    public Call creatorsFor(String campaignId, Callback<Page<CreatorMatch>> callback) {
        return api.get(ApiPaths.campaignMatches(campaignId) + "?size=10", PageJson.codec(CreatorMatchJson.CODEC), callback);
    }

    public Call myMatches(int size, Callback<Page<CampaignMatch>> callback) {
        return api.get(ApiPaths.CREATOR_MY_MATCHES + "?size=" + size, PageJson.codec(CampaignMatchJson.CODEC), callback);
    }

    public Call pricing(Callback<PricingRecommendation> callback) {
        return api.get(ApiPaths.CREATOR_MY_PRICING, PricingRecommendationJson.CODEC, callback);
    }
}
