package app.retention.evaluate;

/**
 * Sample-ratio mismatch (METRICS.md): the chi-square goodness-of-fit test of the observed group sizes against
 * the planned shares. A p-value below {@value #THRESHOLD} means the assignment or the data is broken, not chance.
 *
 * @param statistic Pearson's chi-square statistic
 * @param pValue    P(χ² with groups − 1 degrees of freedom > statistic)
 */
public record SampleRatioCheck(double statistic, double pValue) {

    /** Below this p-value the readout is flagged: a threshold strict enough to be checked on every campaign. */
    public static final double THRESHOLD = 0.001;

    /** Whether the sizes differ from the plan by more than chance explains. */
    public boolean mismatch() {
        return pValue < THRESHOLD;
    }

    /**
     * @param observed      customers per group
     * @param plannedShares each group's planned share; they are rescaled to sum to 1
     */
    public static SampleRatioCheck of(long[] observed, double[] plannedShares) {
        if (observed.length != plannedShares.length || observed.length < 2) {
            throw new IllegalArgumentException("need at least two groups, each with a planned share");
        }
        long total = 0;
        double shares = 0;
        for (int i = 0; i < observed.length; i++) {
            total += observed[i];
            shares += plannedShares[i];
        }
        if (total == 0 || !(shares > 0)) {
            return new SampleRatioCheck(0, 1);
        }
        double statistic = 0;
        for (int i = 0; i < observed.length; i++) {
            double expected = total * plannedShares[i] / shares;
            if (expected > 0) {
                double gap = observed[i] - expected;
                statistic += gap * gap / expected;
            } else if (observed[i] > 0) {
                return new SampleRatioCheck(Double.POSITIVE_INFINITY, 0);
            }
        }
        return new SampleRatioCheck(statistic, ChiSquare.upperTail(statistic, observed.length - 1));
    }
}
