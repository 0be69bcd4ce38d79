package app.retention.evaluate;

/**
 * Newcombe's hybrid score interval for a difference of two proportions (Newcombe 1998, method 10; METRICS.md
 * "Interval for an uplift"), built from the Wilson interval of each: with d = p̂₁ − p̂₂,
 * lower = d − √((p̂₁ − l₁)² + (u₂ − p̂₂)²) and upper = d + √((u₁ − p̂₁)² + (p̂₂ − l₂)²). It stays within [−1, 1]
 * and behaves for small groups and rates near 0 or 1, where the normal approximation does not.
 */
public final class NewcombeInterval {

    private NewcombeInterval() {
    }

    /** The 95% interval of {@code x1/n1 − x2/n2}; both groups need at least one member. */
    public static Interval difference95(long x1, long n1, long x2, long n2) {
        if (n1 <= 0 || n2 <= 0) {
            throw new IllegalArgumentException("both groups need members: " + n1 + " and " + n2);
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        Interval w1 = WilsonInterval.of95(x1, n1);
        Interval w2 = WilsonInterval.of95(x2, n2);
        double d = p1 - p2;
        double low = d - Math.sqrt(square(p1 - w1.low()) + square(w2.high() - p2));
        double high = d + Math.sqrt(square(w1.high() - p1) + square(p2 - w2.low()));
        return new Interval(low, high);
    }

    private static double square(double x) {
        return x * x;
    }
}
