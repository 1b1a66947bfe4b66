package io.inpact.spa.pages.accounts;

import java.util.ArrayList;
import java.util.List;

/** Comma-joined lists, the way chip groups keep their choice in a form field. */
final class Lists {

    private Lists() {
    }

    static List<String> split(String joined) {
        List<String> items = new ArrayList<>();
        if (joined == null) {
            return items;
        }
        int start = 0;
        while (start <= joined.length()) {
            int comma = joined.indexOf(',', start);
            int end = comma < 0 ? joined.length() : comma;
            String item = joined.substring(start, end).trim();
            if (!item.isEmpty()) {
                items.add(item);
            }
            start = end + 1;
        }
        return items;
    }

    static String join(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(item);
        }
        return out.toString();
    }
}
