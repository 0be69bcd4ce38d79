package app.retention.evaluate;

/**
 * ROC AUC from counts of positives and negatives per score group, groups in ascending score order.
 * Ties within a group count one half, which equals the trapezoid area over distinct thresholds
 * (Weka's {@code ThresholdCurve.getROCArea}).
 */
public final class RankAuc {

    private RankAuc() {
    }

    /** NaN when there are no positives or no negatives. */
    public static double of(long[] positives, long[] negatives) {
        if (positives.length != negatives.length) {
            throw new IllegalArgumentException("one positive and one negative count per group");
        }
        double totalPositives = 0;
        double totalNegatives = 0;
        for (int i = 0; i < positives.length; i++) {
            totalPositives += positives[i];
            totalNegatives += negatives[i];
        }
        if (totalPositives == 0 || totalNegatives == 0) {
            return Double.NaN;
        }
        double negativesBelow = 0;
        double pairs = 0;
        for (int i = 0; i < positives.length; i++) {
            pairs += positives[i] * (negativesBelow + 0.5 * negatives[i]);
            negativesBelow += negatives[i];
        }
        return pairs / (totalPositives * totalNegatives);
    }
}
