package io.inpact.api.campaigns;

/** An application as its creator and the campaign's brand see it; {@code dealId} is set once accepted. */
public record ApplicationView(
        String id,
        String campaignId,
        String campaignTitle,
        String brandId,
        String brandName,
        String creatorId,
        String creatorName,
        String proposal,
        String proposedFee,
        ApplicationStatus status,
        String createdAt,
        String decidedAt,
        String dealId) {
}
