package io.inpact.campaigns;

import io.inpact.api.common.Page;
import java.util.List;

/** Rows of one page and the total the query counted. */
record Paged<T>(List<T> items, long total) {

    Page<T> toPage(Paging paging) {
        return new Page<>(items, paging.page(), paging.size(), total);
    }
}
