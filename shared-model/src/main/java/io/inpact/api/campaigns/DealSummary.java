package io.inpact.api.campaigns;

/** Totals over every deal the caller is party to: earnings for a creator, spend for a brand. */
public record DealSummary(long deals, long activeDeals, String agreed, String paid, String outstanding) {
}
