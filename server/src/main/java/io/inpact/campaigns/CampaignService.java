package io.inpact.campaigns;

import io.inpact.api.campaigns.CampaignRequest;
import io.inpact.api.campaigns.CampaignRules;
import io.inpact.api.campaigns.CampaignSort;
import io.inpact.api.campaigns.CampaignStatus;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.common.Money;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Page;
import io.inpact.system.ApiException;
import jakarta.inject.Singleton;
import java.util.UUID;

@Singleton
class CampaignService {

    private final Db db;
    private final CampaignRepository campaigns;

    CampaignService(Db db, CampaignRepository campaigns) {
        this.db = db;
        this.campaigns = campaigns;
    }

    CampaignView create(Caller brand, CampaignRequest request) {
        ApiException.requireValid(CampaignRules.campaign(request));
        UUID id = UUID.randomUUID();
        CampaignStatus status = request.status() == null ? CampaignStatus.DRAFT : request.status();
        return db.tx(c -> {
            campaigns.insert(c, id, brand.id(), request, status);
            return campaigns.find(c, id, true).orElseThrow();
        });
    }

    CampaignView update(Caller brand, String campaignId, CampaignRequest request) {
        UUID id = Ids.parse(campaignId, "campaign");
        ApiException.requireValid(CampaignRules.campaign(request));
        return db.tx(c -> {
            CampaignRepository.Locked current = owned(campaigns.lock(c, id, true).orElse(null), brand, id);
            CampaignStatus next = request.status() == null ? current.status() : request.status();
            if (current.status() == CampaignStatus.CLOSED) {
                throw ApiException.conflict("campaign_closed", "campaign [id=" + id + "] is closed and can no longer be edited");
            }
            if (current.status() == CampaignStatus.OPEN && next == CampaignStatus.DRAFT) {
                throw ApiException.conflict("invalid_transition", "campaign [id=" + id + "] is open and cannot go back to draft");
            }
            campaigns.update(c, id, request, next);
            return campaigns.find(c, id, true).orElseThrow();
        });
    }

    CampaignView close(Caller brand, String campaignId) {
        UUID id = Ids.parse(campaignId, "campaign");
        return db.tx(c -> {
            CampaignRepository.Locked current = owned(campaigns.lock(c, id, true).orElse(null), brand, id);
            if (current.status() == CampaignStatus.CLOSED) {
                throw ApiException.conflict("invalid_transition", "campaign [id=" + id + "] is already closed");
            }
            campaigns.close(c, id);
            return campaigns.find(c, id, true).orElseThrow();
        });
    }

    /** Drafts are seen by their brand only; the owner also sees the application counts. */
    CampaignView get(Caller caller, String campaignId) {
        UUID id = Ids.parse(campaignId, "campaign");
        return db.read(c -> {
            CampaignView view = campaigns.find(c, id, true)
                    .filter(v -> v.status() != CampaignStatus.DRAFT || v.brandId().equals(caller.id().toString()))
                    .orElseThrow(() -> ApiException.notFound("campaign", id));
            if (view.brandId().equals(caller.id().toString())) {
                return view;
            }
            return withoutCounts(view);
        });
    }

    Page<CampaignView> mine(Caller brand, CampaignStatus status, Paging paging) {
        return db.read(c -> campaigns.byBrand(c, brand.id(), status, paging)).toPage(paging);
    }

    Page<CampaignView> search(String q, Niche niche, String minBudget, String maxBudget, CampaignSort sort, Paging paging) {
        if (q != null && q.length() > 200) {
            throw ApiException.badRequest("invalid_query", "q must be at most 200 characters");
        }
        Long min = budget("minBudget", minBudget);
        Long max = budget("maxBudget", maxBudget);
        CampaignRepository.SearchQuery query = CampaignRepository.searchQuery(q, niche, min, max, sort, paging);
        return db.read(c -> campaigns.search(c, query)).toPage(paging);
    }

    private static Long budget(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String error = Money.validate(value);
        if (error != null) {
            throw ApiException.badRequest("invalid_query", name + " " + error);
        }
        return Money.toMinor(value);
    }

    static CampaignRepository.Locked owned(CampaignRepository.Locked campaign, Caller brand, UUID id) {
        if (campaign == null || (campaign.status() == CampaignStatus.DRAFT && !campaign.brandId().equals(brand.id()))) {
            throw ApiException.notFound("campaign", id);
        }
        if (!campaign.brandId().equals(brand.id())) {
            throw ApiException.forbidden("campaign [id=" + id + "] belongs to another brand");
        }
        return campaign;
    }

    private static CampaignView withoutCounts(CampaignView v) {
        return new CampaignView(v.id(), v.brandId(), v.brandName(), v.title(), v.description(), v.niche(),
                v.deliverables(), v.ageGroups(), v.locations(), v.minEngagementRate(), v.budgetMin(), v.budgetMax(),
                v.applicationDeadline(), v.status(), v.createdAt(), v.updatedAt(), null, null);
    }
}
