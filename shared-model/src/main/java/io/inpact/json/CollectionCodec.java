package io.inpact.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A List or Set as a JSON array; missing reads as empty. */
public final class CollectionCodec<E, C extends Collection<E>> implements JsonCodec<C> {

    private final JsonCodec<E> element;
    private final boolean set;

    CollectionCodec(JsonCodec<E> element, boolean set) {
        this.element = element;
        this.set = set;
    }

    public JsonCodec<E> element() {
        return element;
    }

    public boolean isSet() {
        return set;
    }

    @Override
    public void write(JsonWriter out, C value) {
        out.beginArray();
        for (E e : value) {
            if (e == null) {
                out.nullValue();
            } else {
                element.write(out, e);
            }
        }
        out.endArray();
    }

    @Override
    @SuppressWarnings("unchecked")
    public C read(JsonReader in) {
        Collection<E> items = set ? new LinkedHashSet<>() : new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            if (in.peekNull()) {
                in.nextNull();
                items.add(null);
            } else {
                items.add(element.read(in));
            }
        }
        in.endArray();
        return (C) items;
    }

    @Override
    @SuppressWarnings("unchecked")
    public C absent() {
        return (C) (set ? Set.of() : List.of());
    }
}
