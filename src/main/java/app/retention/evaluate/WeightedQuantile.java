package app.retention.evaluate;

/**
 * Quantiles of a distribution given as ascending distinct values with counts, by linear interpolation
 * between order statistics (SQL's {@code PERCENTILE_CONT}, R type 7): position (n − 1)·p, 0-based.
 */
public final class WeightedQuantile {

    private WeightedQuantile() {
    }

    public static double of(double[] values, long[] counts, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must be within [0, 1]: " + p);
        }
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        if (n == 0) {
            return Double.NaN;
        }
        double position = (n - 1) * p;
        long lower = (long) Math.floor(position);
        double fraction = position - lower;
        double below = valueAt(values, counts, lower);
        if (fraction == 0) {
            return below;
        }
        double above = valueAt(values, counts, lower + 1);
        return below + fraction * (above - below);
    }

    /** The value of the order statistic at 0-based rank {@code rank}. */
    private static double valueAt(double[] values, long[] counts, long rank) {
        long seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += counts[i];
            if (rank < seen) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
