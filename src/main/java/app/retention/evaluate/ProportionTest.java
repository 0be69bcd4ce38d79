package app.retention.evaluate;

/**
 * The two-sided test of two proportions with the pooled standard error (the z test, the same as Pearson's
 * chi-square on the 2×2 table without continuity correction): how likely a difference at least this large is when
 * both groups share one rate.
 */
public final class ProportionTest {

    private ProportionTest() {
    }

    /** The p-value of {@code x1/n1} against {@code x2/n2}; 1 when the pooled rate is 0 or 1 (no variation). */
    public static double twoSidedP(long x1, long n1, long x2, long n2) {
        if (n1 <= 0 || n2 <= 0) {
            throw new IllegalArgumentException("both groups need members: " + n1 + " and " + n2);
        }
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (!(se > 0)) {
            return 1;
        }
        double z = ((double) x1 / n1 - (double) x2 / n2) / se;
        return ChiSquare.normalTwoSided(z);
    }
}
