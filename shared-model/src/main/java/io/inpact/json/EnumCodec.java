package io.inpact.json;

/** An enum written as its constant's name, as micronaut-serde does. */
public final class EnumCodec<E extends Enum<E>> implements JsonCodec<E> {

    private final E[] values;

    EnumCodec(E[] values) {
        this.values = values;
    }

    public E[] values() {
        return values.clone();
    }

    @Override
    public void write(JsonWriter out, E value) {
        out.value(value.name());
    }

    @Override
    public E read(JsonReader in) {
        return byName(in.nextString());
    }

    E byName(String name) {
        for (E value : values) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new JsonException("unknown value [" + name + "]");
    }
}
