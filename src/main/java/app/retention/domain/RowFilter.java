package app.retention.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A condition on one column for previewing rows: its value is one of a list, or lies in a range. Explore's groups
 * (a bar, a crosstab cell) carry one each, so a group and the stored rows it stands for share one filter type.
 */
public sealed interface RowFilter permits RowFilter.In, RowFilter.Range {

    ColumnInfo column();

    /** The value is one of {@code values}; a null in the list means missing. */
    record In(ColumnInfo column, List<Object> values) implements RowFilter {

        public In {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** The value lies in [{@code from}, {@code to}); either end open when null, both for any value present. */
    record Range(ColumnInfo column, Double from, Double to) implements RowFilter {
    }

    static RowFilter in(ColumnInfo column, List<Object> values) {
        return new In(column, values);
    }

    static RowFilter range(ColumnInfo column, Double from, Double to) {
        return new Range(column, from, to);
    }
}
