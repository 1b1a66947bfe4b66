package io.inpact.api.campaigns;

import java.util.List;

/** A deal with its payments and totals; {@code outstanding} is never negative. */
public record DealView(
        String id,
        String campaignId,
        String campaignTitle,
        String applicationId,
        String brandId,
        String brandName,
        String creatorId,
        String creatorName,
        String agreedFee,
        String paid,
        String outstanding,
        DealStatus status,
        String createdAt,
        List<PaymentView> payments) {

    public DealView {
        payments = payments == null ? List.of() : payments;
    }

}
