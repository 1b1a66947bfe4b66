package io.inpact.campaigns;

import io.inpact.system.ApiException;

/** Page and size from the query string, checked: page ≥ 0, 1 ≤ size ≤ 100 (default 20). */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || p > 100_000) {
            throw ApiException.badRequest("invalid_paging", "page must be between 0 and 100000");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badRequest("invalid_paging", "size must be between 1 and " + MAX_SIZE);
        }
        return new Paging(p, s);
    }

    public int offset() {
        return page * size;
    }
}
