package io.inpact.json;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The codecs the generated record codecs are built from. */
public final class Codecs {

    public static final JsonCodec<String> STRING = new ScalarCodec.Text();
    public static final JsonCodec<Integer> INT = new ScalarCodec.Int(0);
    public static final JsonCodec<Integer> INT_BOXED = new ScalarCodec.Int(null);
    public static final JsonCodec<Long> LONG = new ScalarCodec.Long64(0L);
    public static final JsonCodec<Long> LONG_BOXED = new ScalarCodec.Long64(null);
    public static final JsonCodec<Double> DOUBLE = new ScalarCodec.Decimal(0.0);
    public static final JsonCodec<Double> DOUBLE_BOXED = new ScalarCodec.Decimal(null);
    public static final JsonCodec<Boolean> BOOLEAN = new ScalarCodec.Bool(false);
    public static final JsonCodec<Boolean> BOOLEAN_BOXED = new ScalarCodec.Bool(null);

    private Codecs() {
    }

    public static <E> JsonCodec<List<E>> list(JsonCodec<E> element) {
        return new CollectionCodec<>(element, false);
    }

    public static <E> JsonCodec<Set<E>> set(JsonCodec<E> element) {
        return new CollectionCodec<>(element, true);
    }

    public static <V> JsonCodec<Map<String, V>> map(JsonCodec<V> value) {
        return new MapCodec<>(null, value);
    }

    public static <K extends Enum<K>, V> JsonCodec<Map<K, V>> enumMap(K[] keys, JsonCodec<V> value) {
        return new MapCodec<>(new EnumCodec<>(keys), value);
    }

    public static <E extends Enum<E>> JsonCodec<E> enumOf(E[] values) {
        return new EnumCodec<>(values);
    }
}
