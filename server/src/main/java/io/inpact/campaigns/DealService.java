package io.inpact.campaigns;

import io.inpact.api.campaigns.CampaignRules;
import io.inpact.api.campaigns.DealSummary;
import io.inpact.api.campaigns.DealView;
import io.inpact.api.campaigns.PaymentRequest;
import io.inpact.api.common.Money;
import io.inpact.api.common.Page;
import io.inpact.system.ApiException;
import jakarta.inject.Singleton;
import java.util.UUID;

@Singleton
class DealService {

    private final Db db;
    private final DealRepository deals;

    DealService(Db db, DealRepository deals) {
        this.db = db;
        this.deals = deals;
    }

    Page<DealView> mine(Caller caller, Paging paging) {
        return db.read(c -> deals.forParty(c, caller.id(), paging)).toPage(paging);
    }

    DealSummary summary(Caller caller) {
        return db.read(c -> deals.summary(c, caller.id()));
    }

    DealView get(Caller caller, String dealId) {
        UUID id = Ids.parse(dealId, "deal");
        return db.read(c -> deals.find(c, id))
                .filter(d -> d.brandId().equals(caller.id().toString()) || d.creatorId().equals(caller.id().toString()))
                .orElseThrow(() -> ApiException.notFound("deal", id));
    }

    /**
     * Records a payment under the deal's row lock, so concurrent payments add up exactly; one that
     * would take the total above the agreed fee needs {@code confirmOverpayment}.
     */
    DealView pay(Caller brand, String dealId, PaymentRequest request) {
        UUID id = Ids.parse(dealId, "deal");
        ApiException.requireValid(CampaignRules.payment(request));
        long amount = Money.toMinor(request.amount());
        return db.tx(c -> {
            DealRepository.Locked deal = deals.lock(c, id)
                    .filter(d -> d.brandId().equals(brand.id()) || d.creatorId().equals(brand.id()))
                    .orElseThrow(() -> ApiException.notFound("deal", id));
            if (!deal.brandId().equals(brand.id())) {
                throw ApiException.forbidden("only the brand of deal [id=" + id + "] records payments");
            }
            long after = deal.paidMinor() + amount;
            if (after > deal.agreedMinor() && !Boolean.TRUE.equals(request.confirmOverpayment())) {
                throw ApiException.conflict("overpayment_unconfirmed", "a payment of " + Money.fromMinor(amount)
                        + " would take deal [id=" + id + "] to " + Money.fromMinor(Math.min(after, Money.MAX_MINOR))
                        + ", above the agreed " + Money.fromMinor(deal.agreedMinor()) + " (outstanding "
                        + Money.fromMinor(Math.max(deal.agreedMinor() - deal.paidMinor(), 0))
                        + "); send confirmOverpayment: true to record it anyway");
            }
            if (after > Money.MAX_MINOR) {
                throw ApiException.conflict("amount_too_large", "deal [id=" + id + "] cannot be paid more than " + Money.MAX);
            }
            String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
            deals.addPayment(c, id, amount, note);
            return deals.find(c, id).orElseThrow();
        });
    }
}
