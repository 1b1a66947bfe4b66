package io.inpact.api.campaigns;

/** ACTIVE until the payments reach the agreed fee, then PAID. */
public enum DealStatus {
    ACTIVE,
    PAID
}
