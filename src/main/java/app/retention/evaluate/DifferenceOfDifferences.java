package app.retention.evaluate;

/**
 * The 95% interval of the difference between two uplifts (say, a model's and a rule's), by the method of variance
 * estimates recovery (MOVER; Zou and Donner 2008, the construction behind Newcombe's method 10) from each uplift's
 * own interval: with d = d₁ − d₂, lower = d − √((d₁ − l₁)² + (u₂ − d₂)²) and upper = d + √((u₁ − d₁)² +
 * (d₂ − l₂)²). The p-value is the Wald z test of d with the four groups' binomial variances.
 */
public final class DifferenceOfDifferences {

    private DifferenceOfDifferences() {
    }

    /** The interval of {@code d1 − d2} from the intervals {@code i1} of d1 and {@code i2} of d2. */
    public static Interval interval(double d1, Interval i1, double d2, Interval i2) {
        double d = d1 - d2;
        return new Interval(d - Math.sqrt(square(d1 - i1.low()) + square(i2.high() - d2)),
                d + Math.sqrt(square(i1.high() - d1) + square(d2 - i2.low())));
    }

    /**
     * Two-sided p-value of (x1/n1 − x2/n2) − (x3/n3 − x4/n4) against 0.
     */
    public static double twoSidedP(long x1, long n1, long x2, long n2, long x3, long n3, long x4, long n4) {
        double d = (rate(x1, n1) - rate(x2, n2)) - (rate(x3, n3) - rate(x4, n4));
        double variance = variance(x1, n1) + variance(x2, n2) + variance(x3, n3) + variance(x4, n4);
        if (!(variance > 0)) {
            return d == 0 ? 1 : 0;
        }
        return ChiSquare.normalTwoSided(d / Math.sqrt(variance));
    }

    private static double rate(long x, long n) {
        return (double) x / n;
    }

    private static double variance(long x, long n) {
        double p = rate(x, n);
        return p * (1 - p) / n;
    }

    private static double square(double x) {
        return x * x;
    }
}
