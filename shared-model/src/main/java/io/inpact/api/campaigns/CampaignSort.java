package io.inpact.api.campaigns;

/** Orders of the campaign search; RELEVANCE needs a text query and falls back to NEWEST without one. */
public enum CampaignSort {
    RELEVANCE,
    NEWEST,
    DEADLINE,
    BUDGET_HIGH,
    BUDGET_LOW
}
