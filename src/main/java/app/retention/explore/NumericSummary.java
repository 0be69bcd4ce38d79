package app.retention.explore;

/** Statistics of a numeric column's present values; sd is the sample standard deviation (n − 1). */
public record NumericSummary(double min, double max, double mean, double sd, double p05, double q1, double median,
                             double q3, double p95) {
}
