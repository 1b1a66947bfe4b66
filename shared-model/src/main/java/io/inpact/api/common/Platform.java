package io.inpact.api.common;

/** Where a creator publishes and where a campaign's deliverables appear. */
public enum Platform {
    YOUTUBE,
    INSTAGRAM,
    TIKTOK,
    TWITCH,
    X,
    LINKEDIN,
    BLOG,
    PODCAST
}
