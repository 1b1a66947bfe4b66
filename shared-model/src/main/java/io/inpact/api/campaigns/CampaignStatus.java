package io.inpact.api.campaigns;

/** DRAFT is visible to its brand only; OPEN takes applications; CLOSED takes none and cannot reopen. */
public enum CampaignStatus {
    DRAFT,
    OPEN,
    CLOSED
}
