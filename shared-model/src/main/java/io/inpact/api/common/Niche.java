package io.inpact.api.common;

/** The fixed list of content niches creators and campaigns are matched on. */
public enum Niche {
    BEAUTY,
    FASHION,
    FITNESS,
    FOOD,
    GAMING,
    TECH,
    TRAVEL,
    LIFESTYLE,
    FINANCE,
    EDUCATION,
    PARENTING,
    MUSIC,
    SPORTS,
    AUTOMOTIVE,
    HOME,
    PETS
}
