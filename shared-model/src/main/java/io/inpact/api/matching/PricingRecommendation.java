package io.inpact.api.matching;

import java.util.List;

/**
 * Recommended fees for a creator per deliverable type. {@code method} is "cpm-model" when fewer than
 * {@code minComparables} comparable deals exist, "cpm-calibrated" when the model was scaled by the median
 * {@code calibration} of {@code comparables}. Every number the model used is in {@code inputs}.
 */
public record PricingRecommendation(
        String creatorId,
        String method,
        double calibration,
        int minComparables,
        List<PriceInput> inputs,
        List<DeliverablePrice> prices,
        List<ComparableDeal> comparables) {

    public PricingRecommendation {
        inputs = inputs == null ? List.of() : inputs;
        prices = prices == null ? List.of() : prices;
        comparables = comparables == null ? List.of() : comparables;
    }

}
