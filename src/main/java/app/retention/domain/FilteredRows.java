package app.retention.domain;

import java.util.List;

/** The first rows that meet a filter, with how many meet it in all. */
public record FilteredRows(long total, List<StoredRow> rows) {

    public FilteredRows {
        rows = List.copyOf(rows);
    }
}
