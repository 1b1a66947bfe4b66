package io.inpact.spa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The query string of a location, decoded; the first value of a repeated key wins. */
public final class Query {

    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    public static Query parse(String search) {
        Map<String, String> values = new LinkedHashMap<>();
        String text = search == null ? "" : search.startsWith("?") ? search.substring(1) : search;
        int start = 0;
        while (start <= text.length()) {
            int amp = text.indexOf('&', start);
            String pair = text.substring(start, amp < 0 ? text.length() : amp);
            start = amp < 0 ? text.length() + 1 : amp + 1;
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = UrlCodec.decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : UrlCodec.decode(pair.substring(eq + 1));
            if (key != null && value != null && !values.containsKey(key)) {
                values.put(key, value);
            }
        }
        return new Query(Collections.unmodifiableMap(values));
    }

    /** The value of {@code key}, or {@code null} when absent. */
    public String get(String key) {
        return values.get(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
