package io.inpact.spa;

/** Moves the app to another location inside the SPA. */
public interface Navigator {
    /** Adds a history entry and shows {@code url} (a path with optional query). */
    void navigate(String url);

    /** Shows {@code url} in place of the current history entry. */
    void replace(String url);
}
