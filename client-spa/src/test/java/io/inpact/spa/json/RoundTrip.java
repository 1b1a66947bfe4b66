package io.inpact.spa.json;

import io.inpact.api.ApiRecords;
import io.inpact.api.common.Money;
import io.inpact.api.common.Rules;
import io.inpact.json.JsonCodec;
import io.inpact.json.JsonException;
import io.inpact.json.JsonReader;
import io.inpact.json.JsonWriter;
import io.inpact.json.RecordType;

/**
 * The work both runtimes do on the same input: one case a line, {@code kind<TAB>payload}, answered by
 * one line. Runs on the JVM directly and, compiled by TeaVM, under node ({@link RoundTripMain}); the
 * outputs must be identical. Kinds: {@code record:<class>} or {@code record:<class>:<type argument class>}
 * (decode, then encode again), {@code double}, {@code long}, {@code string} (one JSON value, decoded and
 * encoded again), {@code money} and {@code rules} (the shared rules on a raw value).
 */
public final class RoundTrip {

    private RoundTrip() {
    }

    public static String run(String input) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < input.length()) {
            int end = input.indexOf('\n', start);
            if (end < 0) {
                end = input.length();
            }
            String line = input.substring(start, end);
            start = end + 1;
            if (!line.isEmpty()) {
                int tab = line.indexOf('\t');
                out.append(answer(line.substring(0, tab), line.substring(tab + 1))).append('\n');
            }
        }
        return out.toString();
    }

    private static String answer(String kind, String payload) {
        try {
            if (kind.startsWith("record:")) {
                return record(kind.substring("record:".length()), payload);
            }
            switch (kind) {
                case "double":
                    return new JsonWriter().value(new JsonReader(payload).nextDouble()).toString();
                case "long":
                    return new JsonWriter().value(new JsonReader(payload).nextLong()).toString();
                case "string":
                    return new JsonWriter().value(new JsonReader(payload).nextString()).toString();
                case "money":
                    return money(payload);
                case "rules":
                    return rules(payload);
                default:
                    return "ERROR unknown kind " + kind;
            }
        } catch (JsonException | IllegalArgumentException e) {
            return "ERROR " + e.getMessage();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String record(String types, String json) {
        int colon = types.indexOf(':');
        RecordType type = find(colon < 0 ? types : types.substring(0, colon));
        JsonCodec[] typeArguments = new JsonCodec[type.typeParameters()];
        for (int i = 0; i < typeArguments.length; i++) {
            typeArguments[i] = find(types.substring(colon + 1)).codec();
        }
        JsonCodec codec = type.codec(typeArguments);
        return codec.toJson(codec.fromJson(json));
    }

    private static RecordType find(String name) {
        for (RecordType type : ApiRecords.all()) {
            if (type.type().getName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no record " + name);
    }

    private static String money(String amount) {
        String error = Money.validate(amount);
        if (error != null) {
            return "invalid: " + error;
        }
        long minor = Money.toMinor(amount);
        return minor + " " + Money.fromMinor(minor) + " " + Money.normalize(amount);
    }

    private static String rules(String value) {
        return Rules.email(value) + " | " + Rules.username(value) + " | " + Rules.password(value, "ana@example.com", "ana_b")
                + " | " + Rules.text(value, 12) + " | " + Rules.optionalText(value, 3);
    }
}
