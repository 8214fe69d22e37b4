package org.onewindow.store;

import java.util.List;

/**
 * One page of a list. There is no total: counting every match of a broad search over a million
 * cases would cost more than the page itself, so the list only says whether more follow.
 */
public record Page<T>(List<T> rows, int pageIndex, int pageSize, boolean hasMore) {

    public Page {
        rows = List.copyOf(rows);
    }
}
