package io.inpact.api.matching;

/**
 * An accepted deal of a similar creator (a shared niche, average views within half to double) used to
 * calibrate the price model; {@code ratioToModel} is its agreed fee divided by what the model would ask.
 */
public record ComparableDeal(
        String dealId,
        String campaignTitle,
        String agreedFee,
        long creatorAverageViews,
        double creatorEngagementRate,
        double ratioToModel) {
}
