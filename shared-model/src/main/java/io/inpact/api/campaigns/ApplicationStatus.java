package io.inpact.api.campaigns;

/** PENDING → ACCEPTED | REJECTED (by the brand) | WITHDRAWN (by the creator); the last three are final. */
public enum ApplicationStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    WITHDRAWN
}
