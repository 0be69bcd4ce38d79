package app.retention.usecase;

import app.retention.domain.ModelFigures;
import app.retention.domain.PromotionEvidence;
import app.retention.evaluate.AucEstimate;
import app.retention.evaluate.BinaryMetrics;
import app.retention.evaluate.Curves;
import app.retention.evaluate.DeLong;
import app.retention.evaluate.Interval;
import app.retention.evaluate.Predictions;

import java.util.Arrays;
import java.util.Locale;

/**
 * When a challenger may replace the model in use (METRICS.md, docs/adr/0018): on the same customers of a labelled
 * snapshot neither model was trained on, its ROC AUC is higher by DeLong's paired test (two-sided p &lt; 0.05, the
 * difference in its favour) and its expected calibration error is at most {@link #CALIBRATION_TOLERANCE} above the
 * champion's. A use case's first model has no champion to beat: it must rank better than chance (AUC above 0.5,
 * p &lt; 0.05 against 0.5 with DeLong's standard error).
 */
public final class PromotionRule {

    /** The significance level of the paired test. */
    public static final double ALPHA = 0.05;
    /**
     * How much worse the challenger's expected calibration error may be than the champion's: 0.02, two percentage
     * points of churn probability on average. Scores go through Platt scaling fitted on each model's own
     * out-of-fold predictions, so a well-ranking challenger is rarely refused on calibration alone; a larger gap
     * means its probabilities (and the value at risk computed from them) would move noticeably.
     */
    public static final double CALIBRATION_TOLERANCE = 0.02;

    private PromotionRule() {
    }

    /** One model's figures on the customers of {@code predictions}. */
    public static ModelFigures figures(long modelId, Predictions predictions) {
        double[] p = predictions.probabilities();
        boolean[] y = predictions.churned();
        AucEstimate auc = DeLong.estimate(p, y);
        Interval ci = auc.interval();
        return new ModelFigures(modelId, auc.auc(), ci.low(), ci.high(),
                BinaryMetrics.compute(p, y, 0.5).liftTop10(), Curves.calibration(p, y).expectedCalibrationError());
    }

    /**
     * Weighs {@code challenger} against {@code champion} (null: against chance) on the same customers, in the same
     * order, of {@code snapshot}.
     *
     * @throws InServiceException when the outcomes differ or a class has fewer than two customers
     */
    public static PromotionEvidence weigh(String snapshot, long challengerId, Predictions challenger, long championId,
                                          Predictions champion) {
        boolean[] y = challenger.churned();
        long churners = 0;
        for (boolean c : y) {
            churners += c ? 1 : 0;
        }
        if (churners < 2 || y.length - churners < 2) {
            throw new InServiceException(snapshot + " has " + churners + " churners and " + (y.length - churners)
                    + " customers who stayed: a comparison needs at least two of each.");
        }
        ModelFigures a = figures(challengerId, challenger);
        if (champion == null) {
            double p = DeLong.estimate(challenger.probabilities(), y).pValueAgainstChance();
            boolean passed = a.auc() > 0.5 && p < ALPHA;
            String finding = String.format(Locale.ROOT, "On %s (%,d customers, %,d churned) model %d has ROC AUC %s "
                    + "(95%% %s–%s): %s than chance (p %s).", snapshot, y.length, churners, challengerId,
                    f3(a.auc()), f3(a.aucLow()), f3(a.aucHigh()), passed ? "better" : "not better", p(p));
            return new PromotionEvidence(snapshot, y.length, churners, a, null, p, passed, finding);
        }
        if (!Arrays.equals(y, champion.churned())) {
            throw new IllegalArgumentException("both models must be measured on the same customers");
        }
        ModelFigures b = figures(championId, champion);
        DeLong test = DeLong.compare(challenger.probabilities(), champion.probabilities(), y);
        boolean higher = test.difference() > 0 && test.pValue() < ALPHA;
        boolean calibrated = a.calibrationError() <= b.calibrationError() + CALIBRATION_TOLERANCE;
        String ranking = String.format(Locale.ROOT, "On %s (%,d customers, %,d churned) model %d has ROC AUC %s "
                + "(95%% %s–%s) against %s (%s–%s) for model %d in use, p %s: %s", snapshot, y.length, churners,
                challengerId, f3(a.auc()), f3(a.aucLow()), f3(a.aucHigh()), f3(b.auc()), f3(b.aucLow()),
                f3(b.aucHigh()), championId, p(test.pValue()), higher ? "higher" : test.pValue() >= ALPHA
                        ? "no significant difference" : "lower");
        String calibration = String.format(Locale.ROOT, "; calibration error %s against %s (tolerance +%s)%s",
                f3(a.calibrationError()), f3(b.calibrationError()), f3(CALIBRATION_TOLERANCE),
                calibrated ? "" : ": worse beyond the tolerance");
        String lift = String.format(Locale.ROOT, "; lift at 10%% %.2f against %.2f.", a.liftTop10(), b.liftTop10());
        return new PromotionEvidence(snapshot, y.length, churners, a, b, test.pValue(), higher && calibrated,
                ranking + calibration + lift);
    }

    static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** A p-value as the evidence states it: "= 0.031", "< 0.001". */
    public static String p(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", p);
    }
}
