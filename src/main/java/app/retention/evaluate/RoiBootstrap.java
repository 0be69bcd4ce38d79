package app.retention.evaluate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The 95% interval of a campaign's ROI by the percentile bootstrap (METRICS.md "ROI interval"): customers are
 * resampled with replacement within each group (treated and control keep their sizes), and each resample's
 * ROI = (uplift × Σ value of the resampled treated − cost) ÷ cost, with uplift = control churn rate − treated churn
 * rate. The interval is the 2.5th and 97.5th percentiles of the resampled ROIs (linear interpolation between order
 * statistics). The same seed gives the same interval.
 */
public final class RoiBootstrap {

    /** The fewest resamples METRICS.md allows. */
    public static final int MIN_RESAMPLES = 2_000;

    private RoiBootstrap() {
    }

    /**
     * ROI of the observed groups: (uplift × Σ treated value − cost) ÷ cost.
     *
     * @param treatedValue each treated customer's value; an unknown value (NaN) counts as 0
     */
    public static double roi(boolean[] treatedChurned, double[] treatedValue, boolean[] controlChurned, double cost) {
        double value = 0;
        long churners = 0;
        for (int i = 0; i < treatedChurned.length; i++) {
            churners += treatedChurned[i] ? 1 : 0;
            value += known(treatedValue[i]);
        }
        long controlChurners = 0;
        for (boolean c : controlChurned) {
            controlChurners += c ? 1 : 0;
        }
        double uplift = (double) controlChurners / controlChurned.length - (double) churners / treatedChurned.length;
        return (uplift * value - cost) / cost;
    }

    /**
     * @param cost      what the campaign cost, above 0 (fixed: it does not depend on who churned)
     * @param resamples at least {@value #MIN_RESAMPLES}
     */
    public static Interval interval95(boolean[] treatedChurned, double[] treatedValue, boolean[] controlChurned,
                                      double cost, int resamples, long seed) {
        int nt = treatedChurned.length;
        int nc = controlChurned.length;
        if (nt == 0 || nc == 0) {
            throw new IllegalArgumentException("both groups need customers: " + nt + " and " + nc);
        }
        if (treatedValue.length != nt) {
            throw new IllegalArgumentException("one value per treated customer");
        }
        if (!(cost > 0)) {
            throw new IllegalArgumentException("the cost must be above 0: " + cost);
        }
        if (resamples < MIN_RESAMPLES) {
            throw new IllegalArgumentException("at least " + MIN_RESAMPLES + " resamples: " + resamples);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] rois = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            long churners = 0;
            double value = 0;
            for (int i = 0; i < nt; i++) {
                int pick = random.nextInt(nt);
                churners += treatedChurned[pick] ? 1 : 0;
                value += known(treatedValue[pick]);
            }
            long controlChurners = 0;
            for (int i = 0; i < nc; i++) {
                controlChurners += controlChurned[random.nextInt(nc)] ? 1 : 0;
            }
            double uplift = (double) controlChurners / nc - (double) churners / nt;
            rois[b] = (uplift * value - cost) / cost;
        }
        Arrays.sort(rois);
        return new Interval(percentile(rois, 0.025), percentile(rois, 0.975));
    }

    /** The q-th percentile of sorted values, interpolating between order statistics (Hyndman and Fan type 7). */
    static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double known(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
