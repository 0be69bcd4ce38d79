package app.retention.segment;

/**
 * One risk band within a segment.
 *
 * @param expectedChurners Σ churn probability
 * @param valueAtRisk      Σ churn probability × CLV (unknown values count 0)
 * @param action           the playbook's recommended action for the band
 */
public record BandSummary(String band, int customers, double expectedChurners, double valueAtRisk, String action) {
}
