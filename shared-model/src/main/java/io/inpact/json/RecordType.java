package io.inpact.json;

import java.util.function.Function;

/**
 * One record of the API as listed by the generated registry {@code io.inpact.api.ApiRecords}:
 * its class and how to get its codec, given codecs for its type parameters when it is generic.
 */
public final class RecordType {

    private final Class<?> type;
    private final int typeParameters;
    private final Function<JsonCodec<?>[], RecordCodec<?>> factory;

    public RecordType(Class<?> type, int typeParameters, Function<JsonCodec<?>[], RecordCodec<?>> factory) {
        this.type = type;
        this.typeParameters = typeParameters;
        this.factory = factory;
    }

    public Class<?> type() {
        return type;
    }

    public int typeParameters() {
        return typeParameters;
    }

    public RecordCodec<?> codec(JsonCodec<?>... typeArguments) {
        if (typeArguments.length != typeParameters) {
            throw new IllegalArgumentException(type.getName() + " takes " + typeParameters + " type arguments");
        }
        return factory.apply(typeArguments);
    }
}
