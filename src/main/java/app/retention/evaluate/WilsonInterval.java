package app.retention.evaluate;

/** The Wilson score interval of a proportion: stays inside [0, 1] even for small groups (METRICS.md). */
public final class WilsonInterval {

    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    private WilsonInterval() {
    }

    /** The 95% interval of {@code successes} out of {@code n}; [0, 1] when n is 0. */
    public static Interval of95(long successes, long n) {
        return of(successes, n, Z95);
    }

    public static Interval of(long successes, long n, double z) {
        if (n <= 0) {
            return new Interval(0, 1);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must be within 0.." + n + ": " + successes);
        }
        double p = (double) successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // at 0 and n successes the bound is exactly 0 or 1; floating point would leave 1e-16 off
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == n ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }
}
