package io.inpact.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds example values of any codec's type from the codec tables alone, so that contract tests cover
 * every record without a hand-written sample per record. {@link #full} fills everything with values at
 * the edges of JSON (escapes, unicode, 2^53 + 1, subnormal doubles, money strings); {@link #sparse}
 * leaves every component at its absent value. Deterministic for a given seed.
 */
public final class Samples {

    private static final int MAX_DEPTH = 4;
    private static final String[] STRINGS = {
        "Ünïcødé ✓ 世界 😀 👩‍👩‍👧",
        "quote \" backslash \\ slash / </script>",
        "line\nbreak\ttab\r\b\f ctrl \u0001\u001f\u007f",
        "1500.00",
        "\u2028\u2029 separators",
        "ana+tag@example.com",
        "  padded  ",
    };
    private static final int[] INTS = {2147483647, -2147483648, 42, -7, 1};
    private static final long[] LONGS = {9007199254740993L, Long.MAX_VALUE, Long.MIN_VALUE, -1234567890123L, 1L};
    private static final double[] DOUBLES = {0.1, 3.4499999999999997, 4.9E-324, 1.7976931348623157E308, -12.5, 1.0E-7,
        2.0};

    private Samples() {
    }

    public static <T> T full(JsonCodec<T> codec, int seed) {
        return full(codec, seed, 0);
    }

    public static <T> T sparse(RecordCodec<T> codec) {
        JsonCodec<?>[] codecs = codec.codecs();
        Object[] values = new Object[codecs.length];
        for (int i = 0; i < codecs.length; i++) {
            values[i] = codecs[i].absent();
        }
        return codec.create(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T full(JsonCodec<T> codec, int seed, int depth) {
        int n = Math.abs(seed);
        if (codec instanceof ScalarCodec<T> scalar) {
            Object value = switch (scalar.kind()) {
                case ScalarCodec.INT -> INTS[n % INTS.length];
                case ScalarCodec.LONG -> LONGS[n % LONGS.length];
                case ScalarCodec.DOUBLE -> DOUBLES[n % DOUBLES.length];
                case ScalarCodec.BOOLEAN -> n % 2 == 0;
                default -> STRINGS[n % STRINGS.length];
            };
            return (T) value;
        }
        if (codec instanceof EnumCodec enumCodec) {
            Object[] values = enumCodec.values();
            return (T) values[n % values.length];
        }
        if (depth >= MAX_DEPTH) {
            return codec.absent();
        }
        if (codec instanceof CollectionCodec collection) {
            Collection<Object> items = collection.isSet() ? new LinkedHashSet<>() : new ArrayList<>();
            items.add(full(collection.element(), seed + 1, depth + 1));
            items.add(full(collection.element(), seed + 2, depth + 1));
            return (T) items;
        }
        if (codec instanceof MapCodec map) {
            Map<Object, Object> entries = new LinkedHashMap<>();
            for (int i = 1; i <= 2; i++) {
                Object key = map.enumKeys() == null ? "key " + i + " " + STRINGS[(n + i) % STRINGS.length]
                        : map.enumKeys().values()[(n + i) % map.enumKeys().values().length];
                entries.put(key, full(map.value(), seed + i, depth + 1));
            }
            return (T) entries;
        }
        if (codec instanceof RecordCodec record) {
            JsonCodec<?>[] codecs = record.codecs();
            Object[] values = new Object[codecs.length];
            for (int i = 0; i < codecs.length; i++) {
                values[i] = full(codecs[i], seed + i + 1, depth + 1);
            }
            return (T) record.create(values);
        }
        throw new IllegalArgumentException("no sample for codec " + codec.getClass().getName());
    }

    /** The generated samples' tricky strings, e.g. for tests that need raw JSON inputs too. */
    public static List<String> strings() {
        return List.of(STRINGS);
    }
}
