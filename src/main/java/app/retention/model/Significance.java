package app.retention.model;

import app.retention.evaluate.DeLong;
import app.retention.evaluate.Predictions;
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

    /** NOT_TESTED: two single test sets that are not the same customers, so nothing can be paired. */
    public enum Verdict { BETTER, SAME, WORSE, NOT_TESTED }

    private Significance() {
    }

    /**
     * The verdict of each evaluation against the best one, in the same order. All must share their folds: over
     * folds, the corrected resampled t-test; on one test set (out-of-time, hold-out), DeLong's paired test of the
     * two ROC AUCs on the same customers (issue 13, point 4).
     */
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
        double p;
        if (e.folds().size() < 2 || best.folds().size() < 2) {
            p = deLongP(e, best);
            if (Double.isNaN(p)) {
                return Verdict.NOT_TESTED;
            }
        } else {
            p = pValue(e, best);
        }
        if (Double.isNaN(p) || p >= ALPHA) {
            return Verdict.SAME;
        }
        return e.mean(m -> m.rocAuc()) > best.mean(m -> m.rocAuc()) ? Verdict.BETTER : Verdict.WORSE;
    }

    /** DeLong's two-sided p-value of two models scored on the same test set; NaN when it cannot be paired. */
    static double deLongP(ModelEvaluation a, ModelEvaluation b) {
        Predictions pa = a.predictions();
        Predictions pb = b.predictions();
        if (pa.size() != pb.size() || !java.util.Arrays.equals(pa.churned(), pb.churned())) {
            return Double.NaN;
        }
        try {
            return DeLong.compare(pa.probabilities(), pb.probabilities(), pa.churned()).pValue();
        } catch (IllegalArgumentException e) {
            return Double.NaN; // one class only: nothing to rank
        }
    }
}
