package app.retention.explore;

import java.util.List;

/**
 * The profile of one dataset version.
 *
 * @param target     the churn column, or null when the dataset has none
 * @param churnLabel how a churner is spelled in the target ("Yes", "1")
 * @param baseRate   churners ÷ customers, NaN without a target
 */
public record DatasetProfile(String dataset, int version, long rows, String target, String churnLabel, long churners,
                             double baseRate, List<ColumnProfile> columns) {
}
