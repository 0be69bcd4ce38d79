package app.retention.segment;

import app.retention.evaluate.Interval;
import app.retention.evaluate.WilsonInterval;

/**
 * A named range of churn probability (METRICS.md "Risk band"). A customer belongs to it when
 * {@code lowerProbability ≤ p < upperProbability}; the top band ({@code upperProbability = 1}) includes 1.
 * Built by {@link RiskBands}, which also writes the description.
 *
 * @param validationCustomers validation customers whose score fell in the band
 * @param validationChurners  how many of those churned
 * @param validationTotal     all validation customers; 0 when the band was not checked against validation data
 * @param description         the band in words, e.g. "High = top 10% of scores (churn probability 0.62 or
 *                            more); 58% of them churned in validation"
 */
public record RiskBand(String name, double lowerProbability, double upperProbability, long validationCustomers,
                       long validationChurners, long validationTotal, String description) {

    /** Whether a churn probability falls in this band. */
    public boolean contains(double probability) {
        return probability >= lowerProbability
                && (probability < upperProbability || isTop() && probability <= upperProbability);
    }

    /** The band of the highest scores. */
    public boolean isTop() {
        return upperProbability >= 1;
    }

    /** The band of the lowest scores. */
    public boolean isBottom() {
        return lowerProbability <= 0;
    }

    /** Whether share and churn rate were observed on validation data. */
    public boolean checkedInValidation() {
        return validationTotal > 0;
    }

    /** Share of validation customers in the band; NaN when not checked in validation. */
    public double share() {
        return checkedInValidation() ? (double) validationCustomers / validationTotal : Double.NaN;
    }

    /** Churn rate observed in validation; NaN when no validation customer fell in the band. */
    public double churnRate() {
        return validationCustomers > 0 ? (double) validationChurners / validationCustomers : Double.NaN;
    }

    /** The 95% Wilson interval of the validation churn rate ([0, 1] when there is none). */
    public Interval churnRateInterval() {
        return WilsonInterval.of95(validationChurners, validationCustomers);
    }
}
