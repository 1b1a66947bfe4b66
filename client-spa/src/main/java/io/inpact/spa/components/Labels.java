package io.inpact.spa.components;

import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;

/** Human names of the shared enums (no locale data in the browser build, so spelled out here). */
public final class Labels {

    private Labels() {
    }

    public static String niche(Niche niche) {
        return words(niche.name());
    }

    public static String deliverable(DeliverableType type) {
        return words(type.name());
    }

    public static String platform(Platform platform) {
        switch (platform) {
            case YOUTUBE:
                return "YouTube";
            case TIKTOK:
                return "TikTok";
            case LINKEDIN:
                return "LinkedIn";
            case X:
                return "X";
            default:
                return words(platform.name());
        }
    }

    /** "HOME" → "Home", "AGE_55_PLUS" → "Age 55 plus": ASCII only. */
    static String words(String constant) {
        StringBuilder out = new StringBuilder(constant.length());
        for (int i = 0; i < constant.length(); i++) {
            char c = constant.charAt(i);
            if (c == '_') {
                out.append(' ');
            } else if (i > 0 && c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** 1234567 → "1,234,567" without locale data. */
    public static String count(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return value < 0 ? "-" + out : out.toString();
    }
}
