package io.inpact.spa.components;

import org.teavm.jso.dom.html.HTMLElement;

/** A four-step bar under a new password: length and variety, capped while the shared rule still fails. */
public final class PasswordMeter {

    private static final String[] LABELS = {"", "Weak", "Fair", "Good", "Strong"};

    private final HTMLElement meter;

    public PasswordMeter(HTMLElement meter) {
        this.meter = meter;
    }

    public void show(String password, boolean passesRule) {
        int level = level(password, passesRule);
        meter.setAttribute("data-level", String.valueOf(level));
        meter.setAttribute("aria-label", "Password strength: " + (level == 0 ? "none" : LABELS[level]));
    }

    static int level(String password, boolean passesRule) {
        if (password == null || password.isEmpty()) {
            return 0;
        }
        int kinds = 0;
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (!passesRule) {
            return 1;
        }
        int score = 2;
        if (password.length() >= 14 || kinds >= 3) {
            score = 3;
        }
        if (password.length() >= 16 && kinds >= 3) {
            score = 4;
        }
        return score;
    }
}
