package io.inpact.campaigns;

import io.inpact.api.campaigns.ApplicationRequest;
import io.inpact.api.campaigns.ApplicationStatus;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.CampaignRules;
import io.inpact.api.campaigns.CampaignStatus;
import io.inpact.api.common.Money;
import io.inpact.api.common.Page;
import io.inpact.system.ApiException;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The application state machine. Every change happens in one transaction under a row lock on the
 * application (or, for a new one, a share lock on its campaign), so two tabs acting at once see each
 * other's outcome: the second accept finds ACCEPTED and is refused; the unique keys on
 * applications(campaign_id, creator_id) and deals(application_id) hold even if a lock were forgotten.
 */
@Singleton
class ApplicationService {

    private final Db db;
    private final CampaignRepository campaigns;
    private final ApplicationRepository applications;
    private final DealRepository deals;

    ApplicationService(Db db, CampaignRepository campaigns, ApplicationRepository applications, DealRepository deals) {
        this.db = db;
        this.campaigns = campaigns;
        this.applications = applications;
        this.deals = deals;
    }

    ApplicationView apply(Caller creator, String campaignId, ApplicationRequest request) {
        UUID id = Ids.parse(campaignId, "campaign");
        ApiException.requireValid(CampaignRules.application(request));
        UUID applicationId = UUID.randomUUID();
        try {
            return db.tx(c -> {
                CampaignRepository.Locked campaign = campaigns.lock(c, id, false)
                        .filter(found -> found.status() != CampaignStatus.DRAFT)
                        .orElseThrow(() -> ApiException.notFound("campaign", id));
                if (campaign.status() == CampaignStatus.CLOSED) {
                    throw ApiException.conflict("campaign_closed", "campaign [id=" + id + "] is closed to applications");
                }
                if (campaign.deadline() != null && campaign.deadline().isBefore(LocalDate.now(ZoneOffset.UTC))) {
                    throw ApiException.conflict("deadline_passed", "campaign [id=" + id + "] stopped taking applications on "
                            + campaign.deadline());
                }
                applications.insert(c, applicationId, id, creator.id(), request.proposal().trim(),
                        Money.toMinor(request.proposedFee()));
                return applications.find(c, applicationId).orElseThrow();
            });
        } catch (Db.DataAccessFailure e) {
            if (Db.isUniqueViolation(e, "applications_campaign_creator_key")) {
                throw ApiException.conflict("already_applied", "you have already applied to campaign [id=" + id + "]");
            }
            throw e;
        }
    }

    ApplicationView withdraw(Caller creator, String applicationId) {
        UUID id = Ids.parse(applicationId, "application");
        return db.tx(c -> {
            ApplicationRepository.Locked app = visible(applications.lock(c, id).orElse(null), creator, id);
            if (!app.creatorId().equals(creator.id())) {
                throw ApiException.forbidden("only the applicant can withdraw application [id=" + id + "]");
            }
            requirePending(app, "withdrawn");
            applications.setStatus(c, id, ApplicationStatus.WITHDRAWN);
            return applications.find(c, id).orElseThrow();
        });
    }

    ApplicationView reject(Caller brand, String applicationId) {
        UUID id = Ids.parse(applicationId, "application");
        return db.tx(c -> {
            ApplicationRepository.Locked app = ownedByBrand(applications.lock(c, id).orElse(null), brand, id);
            requirePending(app, "rejected");
            applications.setStatus(c, id, ApplicationStatus.REJECTED);
            return applications.find(c, id).orElseThrow();
        });
    }

    ApplicationView accept(Caller brand, String applicationId) {
        UUID id = Ids.parse(applicationId, "application");
        try {
            return db.tx(c -> {
                ApplicationRepository.Locked app = ownedByBrand(applications.lock(c, id).orElse(null), brand, id);
                requirePending(app, "accepted");
                applications.setStatus(c, id, ApplicationStatus.ACCEPTED);
                deals.insert(c, UUID.randomUUID(), app.id(), app.campaignId(), app.brandId(), app.creatorId(), app.feeMinor());
                return applications.find(c, id).orElseThrow();
            });
        } catch (Db.DataAccessFailure e) {
            if (Db.isUniqueViolation(e, "deals_application_key")) {
                throw ApiException.conflict("invalid_transition", "application [id=" + id + "] already has a deal");
            }
            throw e;
        }
    }

    Page<ApplicationView> forCampaign(Caller brand, String campaignId, ApplicationStatus status, Paging paging) {
        UUID id = Ids.parse(campaignId, "campaign");
        return db.read(c -> {
            CampaignService.owned(campaigns.lock(c, id, false).orElse(null), brand, id);
            return applications.byCampaign(c, id, status, paging);
        }).toPage(paging);
    }

    Page<ApplicationView> mine(Caller creator, ApplicationStatus status, Paging paging) {
        return db.read(c -> applications.byCreator(c, creator.id(), status, paging)).toPage(paging);
    }

    Page<ApplicationView> toReview(Caller brand, Paging paging) {
        return db.read(c -> applications.byBrand(c, brand.id(), ApplicationStatus.PENDING, paging)).toPage(paging);
    }

    /** Only the applicant and the campaign's brand may know an application exists. */
    private static ApplicationRepository.Locked visible(ApplicationRepository.Locked app, Caller caller, UUID id) {
        if (app == null || !(app.creatorId().equals(caller.id()) || app.brandId().equals(caller.id()))) {
            throw ApiException.notFound("application", id);
        }
        return app;
    }

    private static ApplicationRepository.Locked ownedByBrand(ApplicationRepository.Locked app, Caller brand, UUID id) {
        visible(app, brand, id);
        if (!app.brandId().equals(brand.id())) {
            throw ApiException.forbidden("only the campaign's brand can decide on application [id=" + id + "]");
        }
        return app;
    }

    private static void requirePending(ApplicationRepository.Locked app, String verb) {
        if (app.status() != ApplicationStatus.PENDING) {
            throw ApiException.conflict("invalid_transition", "application [id=" + app.id() + "] is "
                    + app.status().name().toLowerCase() + " and cannot be " + verb);
        }
    }
}
