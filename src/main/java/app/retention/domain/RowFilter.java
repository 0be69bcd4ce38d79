package app.retention.domain;

import java.util.List;

/**
 * A condition on one column for previewing rows: its value is one of {@code values} (null in the list
 * means missing), or it lies in [{@code from}, {@code to}) when {@code values} is null (either end open
 * when null).
 */
public record RowFilter(ColumnInfo column, List<Object> values, Double from, Double to) {

    public static RowFilter in(ColumnInfo column, List<Object> values) {
        return new RowFilter(column, values, null, null);
    }

    public static RowFilter range(ColumnInfo column, Double from, Double to) {
        return new RowFilter(column, null, from, to);
    }
}
