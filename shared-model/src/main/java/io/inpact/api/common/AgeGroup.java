package io.inpact.api.common;

/** Audience age brackets; a creator's shares over them sum to 100. */
public enum AgeGroup {
    AGE_13_17("13-17"),
    AGE_18_24("18-24"),
    AGE_25_34("25-34"),
    AGE_35_44("35-44"),
    AGE_45_54("45-54"),
    AGE_55_PLUS("55+");

    private final String label;

    AgeGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
