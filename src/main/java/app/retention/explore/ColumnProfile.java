package app.retention.explore;

import app.retention.domain.ColumnLabels;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;

import java.util.List;

/**
 * A column's profile. Exactly one of {@code numeric}, {@code categories} or the date range is filled,
 * by type (text columns list their most frequent values as categories).
 */
public record ColumnProfile(String name, ColumnType type, ColumnRole role, long rows, long missing, long distinct,
                            NumericSummary numeric, List<CategoryCount> topCategories, String firstDate,
                            String lastDate, String label) {

    /** A profile named by its column's humanised name. */
    public ColumnProfile(String name, ColumnType type, ColumnRole role, long rows, long missing, long distinct,
                         NumericSummary numeric, List<CategoryCount> topCategories, String firstDate,
                         String lastDate) {
        this(name, type, role, rows, missing, distinct, numeric, topCategories, firstDate, lastDate,
                ColumnLabels.humanise(name));
    }

    public double missingShare() {
        return rows == 0 ? 0 : (double) missing / rows;
    }
}
