package app.retention.model;

import weka.core.Statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares each model with the best (highest mean ROC AUC) by the corrected resampled t-test of Nadeau and
 * Bengio on per-fold AUC differences (METRICS.md; what Weka's Experimenter uses):
 * t = mean(d) / sqrt((1/(k·r) + n_test/n_train)·var(d)), df = k·r − 1, "same" when p ≥ 0.05.
 */
public final class Significance {

    public static final double ALPHA = 0.05;

    public enum Verdict { BETTER, SAME, WORSE }

    private Significance() {
    }

    /** The verdict of each evaluation against the best one, in the same order. All must share their folds. */
    public static List<Verdict> versusBest(List<ModelEvaluation> evaluations) {
        int best = 0;
        for (int i = 1; i < evaluations.size(); i++) {
            if (evaluations.get(i).mean(m -> m.rocAuc()) > evaluations.get(best).mean(m -> m.rocAuc())) {
                best = i;
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (ModelEvaluation e : evaluations) {
            verdicts.add(compare(e, evaluations.get(best)));
        }
        return verdicts;
    }

    /** Two-sided p-value of the corrected resampled t-test of {@code a} against {@code b}; 1 when identical. */
    public static double pValue(ModelEvaluation a, ModelEvaluation b) {
        int n = a.folds().size();
        if (n != b.folds().size() || n < 2) {
            return Double.NaN;
        }
        double[] d = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            d[i] = a.folds().get(i).rocAuc() - b.folds().get(i).rocAuc();
            mean += d[i];
        }
        mean /= n;
        double variance = 0;
        for (double x : d) {
            variance += (x - mean) * (x - mean);
        }
        variance /= n - 1;
        if (variance == 0) {
            return mean == 0 ? 1 : 0;
        }
        double correction = 1.0 / n + (double) a.testSize() / a.trainSize();
        double t = mean / Math.sqrt(correction * variance);
        // t² follows F(1, df): its upper tail is the two-sided p-value of t
        return Statistics.FProbability(t * t, 1, n - 1);
    }

    private static Verdict compare(ModelEvaluation e, ModelEvaluation best) {
        if (e == best) {
            return Verdict.SAME;
        }
        double p = pValue(e, best);
        if (Double.isNaN(p) || p >= ALPHA) {
            return Verdict.SAME;
        }
        return e.mean(m -> m.rocAuc()) > best.mean(m -> m.rocAuc()) ? Verdict.BETTER : Verdict.WORSE;
    }
}
