package io.inpact.api.accounts;

/** Who a user is on the marketplace; chosen at sign-up, never changed. */
public enum Role {
    CREATOR,
    BRAND
}
