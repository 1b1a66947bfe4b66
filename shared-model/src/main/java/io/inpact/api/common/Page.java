package io.inpact.api.common;

import java.util.List;

/** One page of a list answer: {@code {items, page, size, total}}, page counted from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
