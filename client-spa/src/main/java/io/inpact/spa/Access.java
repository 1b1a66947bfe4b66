package io.inpact.spa;

/** Who may open a route. */
public enum Access {
    /** Anyone. */
    PUBLIC,
    /** Only signed-out visitors (sign in, sign up): signed-in users skip ahead. */
    GUEST,
    /** Any signed-in user. */
    SIGNED_IN,
    /** Signed-in creators. */
    CREATOR,
    /** Signed-in brands. */
    BRAND
}
