package io.inpact.json;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map with String or enum keys as a JSON object; order is kept, missing reads as empty. */
public final class MapCodec<K, V> implements JsonCodec<Map<K, V>> {

    private final EnumCodec<?> enumKeys;
    private final JsonCodec<V> value;

    MapCodec(EnumCodec<?> enumKeys, JsonCodec<V> value) {
        this.enumKeys = enumKeys;
        this.value = value;
    }

    /** The codec of the enum keys, or null for String keys. */
    public EnumCodec<?> enumKeys() {
        return enumKeys;
    }

    public JsonCodec<V> value() {
        return value;
    }

    @Override
    public void write(JsonWriter out, Map<K, V> map) {
        out.beginObject();
        for (Map.Entry<K, V> e : map.entrySet()) {
            K key = e.getKey();
            out.name(enumKeys == null ? (String) key : ((Enum<?>) key).name());
            if (e.getValue() == null) {
                out.nullValue();
            } else {
                value.write(out, e.getValue());
            }
        }
        out.endObject();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<K, V> read(JsonReader in) {
        Map<K, V> map = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            K key = enumKeys == null ? (K) name : (K) enumKeys.byName(name);
            if (in.peekNull()) {
                in.nextNull();
                map.put(key, null);
            } else {
                map.put(key, value.read(in));
            }
        }
        in.endObject();
        return map;
    }

    @Override
    public Map<K, V> absent() {
        return Map.of();
    }
}
