package io.inpact.spa.json;

import io.inpact.api.ApiRecords;
import io.inpact.json.JsonCodec;
import io.inpact.json.JsonWriter;
import io.inpact.json.RecordCodec;
import io.inpact.json.RecordType;
import io.inpact.json.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The inputs of the JVM/JavaScript comparison, built on the JVM from the generated registry. */
final class RoundTripCases {

    /** One case: its kind, its payload and, for re-encoded samples, the JSON the answer must equal. */
    record Case(String kind, String payload, String expected) {

        String line() {
            return kind + "\t" + payload;
        }
    }

    static final List<String> DOUBLES = List.of("0.1", "4.35", "0.0123", "12.345678901234567", "100.0", "1e-5", "1E21",
            "123456789.123", "3.4499999999999997", "4.9E-324", "5e-324", "1.7976931348623157E308", "2.2250738585072014E-308",
            "-0.0", "0.30000000000000004", "1.0E7", "9999999.0", "0.001", "1.0E-3", "123456789012345678", "0", "-12.5e2",
            "1.7976931348623157e309", "2.5", "-2.5", "1e", "01.5");
    static final List<String> LONGS = List.of("9007199254740993", "9223372036854775807", "-9223372036854775808",
            "9223372036854775808", "0", "-0", "12.5", "1e3", "-");
    static final List<String> RAW_STRINGS = List.of("\"\\u00e9\\uD83D\\uDE00\\ud800 lone \\uDC00\"", "\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"",
            "\"raw\ttab\"", "\"\\u2028\\u2029\"", "\"unterminated", "\"\\x\"", "\"世界 😀 👩‍👩‍👧 \u00e9\"");
    static final List<String> MONEY = List.of("1500.00", "1500", "0.5", "007.25", "1000000000.00", "1000000000.01", "-1",
            "1.005", "1e3", "", "99999999999999999999999", "0.01", "12.3.4");
    static final List<String> RULES = List.of("ana@example.com", "ana_b", "correcthorse7", "Пароль-надёжный", "😀😀😀😀",
            "x1ANA@Example.com", "a b", "ü@müller.de", "", "ana@@example.com");

    private RoundTripCases() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        List<RecordType> records = ApiRecords.all();
        RecordType typeArgument = records.stream().filter(r -> r.typeParameters() == 0).findFirst().orElseThrow();
        for (RecordType record : records) {
            JsonCodec<?>[] args = new JsonCodec<?>[record.typeParameters()];
            java.util.Arrays.fill(args, typeArgument.codec());
            @SuppressWarnings("unchecked")
            RecordCodec<Object> codec = (RecordCodec<Object>) record.codec(args);
            String kind = "record:" + record.type().getName() + (args.length == 0 ? "" : ":" + typeArgument.type().getName());
            for (int seed : new int[] {0, 3}) {
                String json = codec.toJson(Samples.full(codec, seed));
                cases.add(new Case(kind, json, json));
            }
            String sparse = codec.toJson(Samples.sparse(codec));
            cases.add(new Case(kind, sparse, sparse));
            cases.add(new Case(kind, "{}", null));
            cases.add(new Case(kind, someFieldsAndUnknownOnes(codec), null));
            cases.add(new Case(kind, "[]", null));
        }
        DOUBLES.forEach(d -> cases.add(new Case("double", d, null)));
        randomDoubles().forEach(d -> cases.add(new Case("double", d, null)));
        LONGS.forEach(l -> cases.add(new Case("long", l, null)));
        Samples.strings().forEach(s -> cases.add(new Case("string", new JsonWriter().value(s).toString(), null)));
        RAW_STRINGS.forEach(s -> cases.add(new Case("string", s, null)));
        MONEY.forEach(m -> cases.add(new Case("money", m, null)));
        RULES.forEach(r -> cases.add(new Case("rules", r, null)));
        return cases;
    }

    /** Doubles from random bit patterns at every magnitude, and percentages such as engagement rates. */
    private static List<String> randomDoubles() {
        Random random = new Random(20261125);
        List<String> doubles = new ArrayList<>();
        while (doubles.size() < 400) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                doubles.add(Double.toString(d));
            }
        }
        for (int i = 0; i < 200; i++) {
            doubles.add(Double.toString(random.nextInt(10_000) / 100.0));
            doubles.add(Double.toString(random.nextDouble() * 100));
        }
        return doubles;
    }

    /** Every other component of a full sample, with unknown fields around them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String someFieldsAndUnknownOnes(RecordCodec<Object> codec) {
        Object sample = Samples.full(codec, 1);
        Object[] values = codec.components(sample);
        String[] names = codec.names();
        JsonCodec[] codecs = codec.codecs();
        JsonWriter out = new JsonWriter().beginObject().name("unknownFirst").beginArray().value(1).beginObject()
                .name("deep").nullValue().endObject().endArray();
        for (int i = 0; i < names.length; i += 2) {
            out.name(names[i]);
            codecs[i].write(out, values[i]);
            out.name("unknown" + i).value("x");
        }
        return out.endObject().toString();
    }
}
