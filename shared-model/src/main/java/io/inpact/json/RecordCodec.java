package io.inpact.json;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A record as a JSON object, driven by tables the annotation processor generates: the component
 * names, their codecs, the canonical constructor and the accessors. Null components are left out,
 * unknown fields are skipped, and a missing field takes its codec's {@link JsonCodec#absent()} value.
 */
public final class RecordCodec<T> implements JsonCodec<T> {

    private final String[] names;
    private final Supplier<JsonCodec<?>[]> codecSupplier;
    private final Function<Object[], T> constructor;
    private final Function<T, Object[]> accessors;
    private JsonCodec<?>[] codecs;

    /** Component codecs come from a supplier so that records may refer to each other in any order. */
    public RecordCodec(String[] names, Supplier<JsonCodec<?>[]> codecs, Function<Object[], T> constructor,
            Function<T, Object[]> accessors) {
        this.names = names;
        this.codecSupplier = codecs;
        this.constructor = constructor;
        this.accessors = accessors;
    }

    public String[] names() {
        return names.clone();
    }

    public JsonCodec<?>[] codecs() {
        return resolved().clone();
    }

    /** Builds the record from its component values, in declaration order. */
    public T create(Object[] components) {
        return constructor.apply(components);
    }

    public Object[] components(T value) {
        return accessors.apply(value);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void write(JsonWriter out, T value) {
        JsonCodec[] codecs = resolved();
        Object[] values = accessors.apply(value);
        out.beginObject();
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                out.name(names[i]);
                codecs[i].write(out, values[i]);
            }
        }
        out.endObject();
    }

    @Override
    public T read(JsonReader in) {
        JsonCodec<?>[] codecs = resolved();
        Object[] values = new Object[names.length];
        in.beginObject();
        while (in.hasNext()) {
            int i = indexOf(in.nextName());
            if (i < 0) {
                in.skipValue();
            } else if (in.peekNull()) {
                in.nextNull();
                values[i] = null;
            } else {
                values[i] = codecs[i].read(in);
            }
        }
        in.endObject();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                values[i] = codecs[i].absent();
            }
        }
        return constructor.apply(values);
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private JsonCodec<?>[] resolved() {
        if (codecs == null) {
            codecs = codecSupplier.get();
        }
        return codecs;
    }
}
