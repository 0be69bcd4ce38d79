package app.retention.segment;

import app.retention.evaluate.WilsonInterval;

/**
 * How many customers each group (treated and control) needs to detect a drop in churn (METRICS.md "Sample
 * size"): two proportions, α = 0.05 two-sided, power 0.8,
 * n = (z₀.₉₇₅·√(2p̄(1−p̄)) + z₀.₈·√(p₁(1−p₁) + p₂(1−p₂)))² ÷ Δ², with p₁ the base churn rate, p₂ = p₁ − Δ
 * and p̄ their mean, rounded up to whole customers.
 */
public final class SampleSize {

    /** z for α = 0.05, two-sided. */
    public static final double Z_ALPHA = WilsonInterval.Z95;
    /** z for power 0.8. */
    public static final double Z_POWER = 0.8416212335729143;

    private SampleSize() {
    }

    /**
     * Customers per group to detect that a campaign lowers churn from {@code baseChurnRate} by {@code uplift}.
     *
     * @param baseChurnRate churn rate without action (the control's), in (0, 1)
     * @param uplift        the drop in churn rate to detect, in (0, baseChurnRate]; 0.05 = five points
     * @throws SegmentException for a base rate outside (0, 1) or an uplift that is not a possible drop
     */
    public static long perGroup(double baseChurnRate, double uplift) {
        checkBaseRate(baseChurnRate);
        if (!(uplift > 0)) {
            throw new SegmentException("The uplift to detect must be a drop in churn above 0 points; got "
                    + Wording.percent(uplift) + ".");
        }
        if (uplift > baseChurnRate + 1e-12) {
            throw new SegmentException("An uplift of " + points(uplift) + " cannot be detected on a base churn rate "
                    + "of " + Wording.percent(baseChurnRate) + ": churn among treated customers cannot fall below 0%.");
        }
        return (long) Math.ceil(exact(baseChurnRate, uplift) - 1e-9);
    }

    /**
     * The smallest drop in churn a study with {@code perGroup} customers in each group detects (α = 0.05,
     * power 0.8); NaN when even a drop to zero churn needs more customers.
     */
    public static double detectableUplift(double baseChurnRate, long perGroup) {
        checkBaseRate(baseChurnRate);
        if (perGroup <= 0) {
            throw new SegmentException("A group needs at least one customer; got " + perGroup + ".");
        }
        if (exact(baseChurnRate, baseChurnRate) > perGroup) {
            return Double.NaN;
        }
        // the customers needed fall as the uplift grows; bisect on it
        double low = 0;
        double high = baseChurnRate;
        for (int i = 0; i < 100; i++) {
            double mid = (low + high) / 2;
            if (exact(baseChurnRate, mid) > perGroup) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    /** The formula before rounding. */
    static double exact(double p1, double uplift) {
        double p2 = p1 - uplift;
        double mean = (p1 + p2) / 2;
        double a = Z_ALPHA * Math.sqrt(2 * mean * (1 - mean));
        double b = Z_POWER * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return (a + b) * (a + b) / (uplift * uplift);
    }

    private static void checkBaseRate(double baseChurnRate) {
        if (!(baseChurnRate > 0 && baseChurnRate < 1)) {
            throw new SegmentException("The base churn rate must be between 0% and 100%; got "
                    + (Double.isNaN(baseChurnRate) ? "nothing" : Wording.percent(baseChurnRate)) + ".");
        }
    }

    private static String points(double uplift) {
        return Wording.decimal(uplift * 100, 1).replace(".0", "") + " points";
    }
}
