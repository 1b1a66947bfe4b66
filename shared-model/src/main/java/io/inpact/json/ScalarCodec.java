package io.inpact.json;

/**
 * String, the four supported number and boolean types, primitive or boxed. One subclass per kind, so
 * that TeaVM's type analysis sees each read return its own type: a shared read returning Object would
 * let a boxed Double reach every collection and every string concatenation, and with it the classlib's
 * Double.toString (its double-to-decimal tables alone are kilobytes of the browser build).
 */
public abstract class ScalarCodec<T> implements JsonCodec<T> {

    public static final int STRING = 0;
    public static final int INT = 1;
    public static final int LONG = 2;
    public static final int DOUBLE = 3;
    public static final int BOOLEAN = 4;

    private final int kind;
    private final T absent;

    private ScalarCodec(int kind, T absent) {
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
    public T absent() {
        return absent;
    }

    static final class Text extends ScalarCodec<String> {
        Text() {
            super(STRING, null);
        }

        @Override
        public void write(JsonWriter out, String value) {
            out.value(value);
        }

        @Override
        public String read(JsonReader in) {
            return in.nextString();
        }
    }

    static final class Int extends ScalarCodec<Integer> {
        Int(Integer absent) {
            super(INT, absent);
        }

        @Override
        public void write(JsonWriter out, Integer value) {
            out.value(value.longValue());
        }

        @Override
        public Integer read(JsonReader in) {
            return in.nextInt();
        }
    }

    static final class Long64 extends ScalarCodec<Long> {
        Long64(Long absent) {
            super(LONG, absent);
        }

        @Override
        public void write(JsonWriter out, Long value) {
            out.value(value.longValue());
        }

        @Override
        public Long read(JsonReader in) {
            return in.nextLong();
        }
    }

    static final class Decimal extends ScalarCodec<Double> {
        Decimal(Double absent) {
            super(DOUBLE, absent);
        }

        @Override
        public void write(JsonWriter out, Double value) {
            out.value(value.doubleValue());
        }

        @Override
        public Double read(JsonReader in) {
            return in.nextDouble();
        }
    }

    static final class Bool extends ScalarCodec<Boolean> {
        Bool(Boolean absent) {
            super(BOOLEAN, absent);
        }

        @Override
        public void write(JsonWriter out, Boolean value) {
            out.value(value.booleanValue());
        }

        @Override
        public Boolean read(JsonReader in) {
            return in.nextBoolean();
        }
    }
}
