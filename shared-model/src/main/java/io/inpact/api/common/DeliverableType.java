package io.inpact.api.common;

/** A kind of sponsored content; creators price each one, campaigns ask for counts of them. */
public enum DeliverableType {
    VIDEO,
    SHORT,
    POST,
    STORY,
    LIVESTREAM,
    ARTICLE,
    EPISODE
}
