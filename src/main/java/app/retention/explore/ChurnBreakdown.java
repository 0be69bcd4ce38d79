package app.retention.explore;

import java.util.List;

/** Churn rate by category or by numeric bin of one column. */
public record ChurnBreakdown(String column, double baseRate, List<RateGroup> groups) {
}
