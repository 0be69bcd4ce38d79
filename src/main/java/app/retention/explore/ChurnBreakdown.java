package app.retention.explore;

import app.retention.domain.ColumnLabels;

import java.util.List;

/** Churn rate by category or by numeric bin of one column; {@code label} names the column to people. */
public record ChurnBreakdown(String column, double baseRate, List<RateGroup> groups, String label) {

    /** A breakdown named by its column's humanised name. */
    public ChurnBreakdown(String column, double baseRate, List<RateGroup> groups) {
        this(column, baseRate, groups, ColumnLabels.humanise(column));
    }
}
