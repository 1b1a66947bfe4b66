package io.inpact.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one string field out of a JSON answer; the tests check wire bytes, not our own codecs. */
final class Json {

    private Json() {
    }

    static String string(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no string field \"" + field + "\" in " + json);
        }
        return matcher.group(1);
    }
}
