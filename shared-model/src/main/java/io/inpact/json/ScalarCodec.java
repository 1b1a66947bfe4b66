package io.inpact.json;

/** String, the four supported number and boolean types, primitive or boxed. */
public final class ScalarCodec<T> implements JsonCodec<T> {

    public static final int STRING = 0;
    public static final int INT = 1;
    public static final int LONG = 2;
    public static final int DOUBLE = 3;
    public static final int BOOLEAN = 4;

    private final int kind;
    private final T absent;

    ScalarCodec(int kind, T absent) {
        this.kind = kind;
        this.absent = absent;
    }

    public int kind() {
        return kind;
    }

    /** True for a primitive field, which reads a missing value as 0 or false. */
    public boolean primitive() {
        return absent != null;
    }

    @Override
    public void write(JsonWriter out, T value) {
        switch (kind) {
            case INT, LONG -> out.value(((Number) value).longValue());
            case DOUBLE -> out.value(((Double) value).doubleValue());
            case BOOLEAN -> out.value(((Boolean) value).booleanValue());
            default -> out.value((String) value);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T read(JsonReader in) {
        Object value = switch (kind) {
            case INT -> in.nextInt();
            case LONG -> in.nextLong();
            case DOUBLE -> in.nextDouble();
            case BOOLEAN -> in.nextBoolean();
            default -> in.nextString();
        };
        return (T) value;
    }

    @Override
    public T absent() {
        return absent;
    }
}
