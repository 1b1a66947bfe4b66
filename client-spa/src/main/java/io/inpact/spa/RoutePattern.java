package io.inpact.spa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path pattern such as {@code /creators/:id}: literal segments match exactly, {@code :name} segments
 * capture one non-empty, percent-decoded segment. A trailing slash is ignored.
 */
public final class RoutePattern {

    private final String pattern;
    private final List<String> segments;

    public RoutePattern(String pattern) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route pattern starts with '/': " + pattern);
        }
        this.pattern = pattern;
        this.segments = split(pattern);
    }

    /** The captured parameters when {@code path} matches, otherwise {@code null}. */
    public Map<String, String> match(String path) {
        List<String> actual = split(path);
        if (actual.size() != segments.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String given = actual.get(i);
            if (expected.startsWith(":")) {
                String value = UrlCodec.decode(given);
                if (value == null || value.isEmpty()) {
                    return null;
                }
                params.put(expected.substring(1), value);
            } else if (!expected.equals(given)) {
                return null;
            }
        }
        return Collections.unmodifiableMap(params);
    }

    public String pattern() {
        return pattern;
    }

    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        int start = 1;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (end > start) {
                parts.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return parts;
    }
}
