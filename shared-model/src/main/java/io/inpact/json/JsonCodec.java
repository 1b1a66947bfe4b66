package io.inpact.json;

/** Reads and writes one Java type as JSON, without reflection. */
public interface JsonCodec<T> {

    /** Writes a non-null value. */
    void write(JsonWriter out, T value);

    /** Reads a value that is not JSON {@code null}. */
    T read(JsonReader in);

    /** The value of a record field that is missing or null: null, 0, false or an empty collection. */
    default T absent() {
        return null;
    }

    default String toJson(T value) {
        JsonWriter out = new JsonWriter();
        if (value == null) {
            out.nullValue();
        } else {
            write(out, value);
        }
        return out.toString();
    }

    default T fromJson(String json) {
        JsonReader in = new JsonReader(json);
        T value;
        if (in.peekNull()) {
            in.nextNull();
            value = absent();
        } else {
            value = read(in);
        }
        in.end();
        return value;
    }
}
