package app.retention.evaluate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Metrics of churn probabilities against outcomes. ROC and PR areas follow Weka's {@code ThresholdCurve}
 * point by point, so they equal Weka's {@code Evaluation} on the same predictions.
 */
public final class BinaryMetrics {

    private static final double EPSILON = 1e-15;

    private BinaryMetrics() {
    }

    /**
     * @param churnProbability the predicted probability of churn per customer
     * @param churned          what happened
     * @param threshold        flag a customer when the probability is above it
     */
    public static MetricSet compute(double[] churnProbability, boolean[] churned, double threshold) {
        int n = churnProbability.length;
        if (n == 0 || churned.length != n) {
            throw new IllegalArgumentException("need one outcome per prediction, and at least one prediction");
        }
        ConfusionMatrix cm = confusion(churnProbability, churned, threshold);
        double tp = cm.truePositives();
        double fp = cm.falsePositives();
        double tn = cm.trueNegatives();
        double fn = cm.falseNegatives();
        double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = (tp + tn) / n;
        double expected = ((tp + fp) * (tp + fn) + (tn + fn) * (tn + fp)) / ((double) n * n);
        double kappa = expected == 1 ? 1 : (accuracy - expected) / (1 - expected);
        double brier = 0;
        double logLoss = 0;
        for (int i = 0; i < n; i++) {
            double y = churned[i] ? 1 : 0;
            double p = churnProbability[i];
            brier += (p - y) * (p - y);
            double clipped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
            logLoss -= y * Math.log(clipped) + (1 - y) * Math.log(1 - clipped);
        }
        Curve curve = Curve.of(churnProbability, churned);
        TiedRanking ranked = TiedRanking.of(churnProbability, churned);
        return new MetricSet(curve.rocArea(), curve.prArea(), accuracy, precision, recall, f1, kappa, brier / n,
                logLoss / n, lift(ranked, 0.10), lift(ranked, 0.20), capture(ranked, 0.10), capture(ranked, 0.20),
                threshold, cm);
    }

    public static ConfusionMatrix confusion(double[] churnProbability, boolean[] churned, double threshold) {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < churnProbability.length; i++) {
            boolean flagged = churnProbability[i] > threshold;
            if (flagged && churned[i]) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (churned[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    /** Customers by descending probability; ties keep their input order. */
    static Integer[] ranking(double[] p) {
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p[i]));
        return order;
    }

    /**
     * Churn rate among the top share by score ÷ base rate. Customers tied at the cut count in proportion (see
     * {@link TiedRanking}): a model giving everyone the same score has lift 1, whatever their order.
     */
    static double lift(TiedRanking ranked, double share) {
        int top = topCount(ranked.size(), share);
        if (ranked.churners() == 0) {
            return Double.NaN;
        }
        return (ranked.churnersInTop(top) / top) / (ranked.churners() / ranked.size());
    }

    /** Share of all churners found in the top share by score (cumulative gains), ties counted as in lift. */
    static double capture(TiedRanking ranked, double share) {
        return ranked.churners() == 0 ? Double.NaN
                : ranked.churnersInTop(topCount(ranked.size(), share)) / ranked.churners();
    }

    static int topCount(int n, double share) {
        return Math.max(1, (int) Math.ceil(share * n - 1e-9));
    }

    /**
     * Weka's threshold curve: one point per distinct probability, ascending, predicting churn at or above it,
     * then one flagging nobody (its threshold just above the highest probability, as Weka puts it).
     */
    record Curve(double[] thresholds, double[] truePositives, double[] falsePositives, double totalPositives,
                 double totalNegatives) {

        /** How far above the highest probability Weka puts the point that flags nobody. */
        static final double ABOVE_ALL = 10e-6;

        static Curve of(double[] p, boolean[] churned) {
            double totalPositives = 0;
            for (boolean c : churned) {
                totalPositives += c ? 1 : 0;
            }
            double totalNegatives = p.length - totalPositives;
            Integer[] ascending = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
            Arrays.sort(ascending, Comparator.comparingDouble(i -> p[i]));
            double[] thresholds = new double[p.length + 1];
            double[] tps = new double[p.length + 1];
            double[] fps = new double[p.length + 1];
            int points = 0;
            double tp = totalPositives;
            double fp = totalNegatives;
            double threshold = 0;
            double pendingPositives = 0;
            double pendingNegatives = 0;
            for (int k = 0; k < ascending.length; k++) {
                double prob = p[ascending[k]];
                if (k == 0 || prob > threshold) {
                    tp -= pendingPositives;
                    fp -= pendingNegatives;
                    threshold = prob;
                    thresholds[points] = prob;
                    tps[points] = tp;
                    fps[points] = fp;
                    points++;
                    pendingPositives = 0;
                    pendingNegatives = 0;
                    if (k == ascending.length - 1) {
                        break;
                    }
                }
                if (churned[ascending[k]]) {
                    pendingPositives++;
                } else {
                    pendingNegatives++;
                }
            }
            // Weka 3.8 closes the curve with the point above every probability: nobody flagged.
            thresholds[points] = p.length == 0 ? ABOVE_ALL : p[ascending[ascending.length - 1]] + ABOVE_ALL;
            tps[points] = 0;
            fps[points] = 0;
            points++;
            return new Curve(Arrays.copyOf(thresholds, points), Arrays.copyOf(tps, points), Arrays.copyOf(fps, points),
                    totalPositives, totalNegatives);
        }

        /** Weka's {@code getROCArea}: trapezoids between consecutive points. */
        double rocArea() {
            int n = truePositives.length;
            if (totalPositives == 0 || totalNegatives == 0) {
                return Double.NaN;
            }
            double area = 0;
            double cumulativeNegatives = 0;
            for (int i = 0; i < n; i++) {
                double positives = i < n - 1 ? truePositives[i] - truePositives[i + 1] : truePositives[n - 1];
                double negatives = i < n - 1 ? falsePositives[i] - falsePositives[i + 1] : falsePositives[n - 1];
                area += positives * (cumulativeNegatives + 0.5 * negatives);
                cumulativeNegatives += negatives;
            }
            return area / (totalPositives * totalNegatives);
        }

        /** Weka's {@code getPRCArea}: precision times the recall gained from each point to the next-higher threshold. */
        double prArea() {
            int n = truePositives.length;
            if (totalPositives == 0) {
                return Double.NaN;
            }
            double area = 0;
            double lastRecall = truePositives[n - 1] / totalPositives;
            for (int i = n - 2; i >= 0; i--) {
                double recall = truePositives[i] / totalPositives;
                double flagged = truePositives[i] + falsePositives[i];
                double precision = flagged == 0 ? 0 : truePositives[i] / flagged;
                area += precision * (recall - lastRecall);
                lastRecall = recall;
            }
            return area == 0 ? Double.NaN : area;
        }
    }
}
