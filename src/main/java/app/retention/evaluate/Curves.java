package app.retention.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * The curves that show a churn model's quality beyond one number (METRICS.md): ROC, precision–recall, cumulative
 * gains, lift by decile and the reliability diagram. ROC, precision–recall and gains points are those of Weka's
 * {@code ThresholdCurve} (one per distinct probability), so they agree with the areas of {@link BinaryMetrics}.
 * Pure math on arrays: {@code churnProbability[i]} is customer i's predicted probability, {@code churned[i]}
 * what happened.
 */
public final class Curves {

    /** Bins of the reliability diagram and groups of the lift chart. */
    public static final int TENTHS = 10;

    private Curves() {
    }

    /** From flagging nobody (0, 0) to flagging everyone (1, 1), by ascending false positive rate. */
    public static List<RocPoint> roc(double[] churnProbability, boolean[] churned) {
        BinaryMetrics.Curve curve = curve(churnProbability, churned);
        List<RocPoint> points = new ArrayList<>();
        for (int i = curve.thresholds().length - 1; i >= 0; i--) {
            points.add(new RocPoint(curve.thresholds()[i], rate(curve.falsePositives()[i], curve.totalNegatives()),
                    rate(curve.truePositives()[i], curve.totalPositives())));
        }
        return points;
    }

    /**
     * By ascending recall, from the highest threshold down; thresholds flagging nobody are left out, their
     * precision being undefined.
     */
    public static List<PrecisionRecallPoint> precisionRecall(double[] churnProbability, boolean[] churned) {
        BinaryMetrics.Curve curve = curve(churnProbability, churned);
        List<PrecisionRecallPoint> points = new ArrayList<>();
        for (int i = curve.thresholds().length - 1; i >= 0; i--) {
            double tp = curve.truePositives()[i];
            double flagged = tp + curve.falsePositives()[i];
            if (flagged > 0) {
                points.add(new PrecisionRecallPoint(curve.thresholds()[i], rate(tp, curve.totalPositives()), tp / flagged));
            }
        }
        return points;
    }

    /**
     * Share of customers contacted (highest probability first) against share of churners captured, from (0, 0)
     * to (1, 1). Between two points the customers share one probability, so the straight line between them is
     * what contacting part of that tie captures on average.
     */
    public static List<GainsPoint> gains(double[] churnProbability, boolean[] churned) {
        BinaryMetrics.Curve curve = curve(churnProbability, churned);
        double customers = churnProbability.length;
        List<GainsPoint> points = new ArrayList<>();
        for (int i = curve.thresholds().length - 1; i >= 0; i--) {
            double tp = curve.truePositives()[i];
            points.add(new GainsPoint(curve.thresholds()[i], (tp + curve.falsePositives()[i]) / customers,
                    rate(tp, curve.totalPositives())));
        }
        return points;
    }

    /** Ten equal-count groups by descending probability with their churn rate ÷ the base rate. */
    public static List<LiftDecile> liftByDecile(double[] churnProbability, boolean[] churned) {
        TiedRanking ranking = ranking(churnProbability, churned);
        int n = ranking.size();
        double baseRate = ranking.churners() / n;
        List<LiftDecile> deciles = new ArrayList<>();
        for (int d = 0; d < TENTHS; d++) {
            int start = boundary(d, n);
            int end = boundary(d + 1, n);
            if (end > start) {
                double churners = ranking.churnersInTop(end) - ranking.churnersInTop(start);
                double rate = churners / (end - start);
                deciles.add(new LiftDecile(d + 1, end - start, churners, rate,
                        baseRate == 0 ? Double.NaN : rate / baseRate));
            }
        }
        return deciles;
    }

    /** The reliability diagram over ten equal-count bins, lowest probabilities first, with its expected error. */
    public static Calibration calibration(double[] churnProbability, boolean[] churned) {
        TiedRanking ranking = ranking(churnProbability, churned);
        int n = ranking.size();
        List<CalibrationBin> bins = new ArrayList<>();
        double error = 0;
        for (int b = 0; b < TENTHS; b++) {
            // bin b in ascending order is the range [n - end, n - start) of the descending ranking
            int top = n - boundary(b, n);
            int bottom = n - boundary(b + 1, n);
            int customers = top - bottom;
            if (customers > 0) {
                double predicted = ranking.meanProbability(bottom, top);
                double observed = (ranking.churnersInTop(top) - ranking.churnersInTop(bottom)) / customers;
                bins.add(new CalibrationBin(customers, predicted, observed));
                error += (double) customers / n * Math.abs(observed - predicted);
            }
        }
        return new Calibration(bins, error);
    }

    private static int boundary(int tenth, int n) {
        return (int) ((long) tenth * n / TENTHS);
    }

    private static BinaryMetrics.Curve curve(double[] churnProbability, boolean[] churned) {
        check(churnProbability, churned);
        return BinaryMetrics.Curve.of(churnProbability, churned);
    }

    private static TiedRanking ranking(double[] churnProbability, boolean[] churned) {
        check(churnProbability, churned);
        return TiedRanking.of(churnProbability, churned);
    }

    private static void check(double[] churnProbability, boolean[] churned) {
        if (churnProbability.length == 0 || churned.length != churnProbability.length) {
            throw new IllegalArgumentException("need one outcome per prediction, and at least one prediction");
        }
    }

    /** As Weka's {@code TwoClassStats}: 0 when there is nothing to divide by. */
    private static double rate(double count, double total) {
        return total == 0 ? 0 : count / total;
    }
}
