package app.retention.ui.models;

import app.retention.evaluate.BinaryMetrics;
import app.retention.evaluate.MetricSet;
import app.retention.model.ModelEvaluation;

import java.util.Arrays;
import java.util.Locale;

/**
 * A leaderboard row read out for a marketer: what calling the model's top 10% would reach (capture and lift at
 * 10%, METRICS.md), its verdict against the best in words, and the cut at which a baseline's threshold metrics
 * mean something (a rule flags the customers it matches; ZeroR flags nobody), instead of 0.5, which neither uses.
 */
final class InPlainWords {

    private InPlainWords() {
    }

    /**
     * "Calling the top 10% reaches 36% of churners, 3.6× random"; a rule is read at the customers it matches.
     * Short enough to be read whole in its column at 1280 px.
     */
    static String reach(String learner, ModelEvaluation evaluation) {
        if (learner.equals(TrainingForm.ZEROR)) {
            return "Calling any 10% reaches " + percent(evaluation.mean(MetricSet::captureTop10))
                    + " of churners, " + times(evaluation.mean(MetricSet::liftTop10)) + " random";
        }
        if (learner.equals(TrainingForm.RULES)) {
            MetricSet cut = naturalCut(learner, evaluation);
            double flagged = (double) cut.confusion().flagged() / cut.confusion().total();
            double baseRate = evaluation.predictions().baseRate();
            return "Calling matches (" + percent(flagged) + ") reaches " + percent(cut.recall()) + " of churners, "
                    + times(cut.precision() / baseRate) + " random";
        }
        return "Calling the top 10% reaches " + percent(evaluation.mean(MetricSet::captureTop10)) + " of churners, "
                + times(evaluation.mean(MetricSet::liftTop10)) + " random";
    }

    /**
     * Threshold metrics at the cut the baseline itself makes, on the pooled out-of-sample predictions: the rule
     * flags the customers it matches (the higher of its two churn rates in each fold), ZeroR flags nobody.
     * Null for a model, whose metrics stay those at the leaderboard's threshold.
     */
    static MetricSet naturalCut(String learner, ModelEvaluation evaluation) {
        double[] p = evaluation.predictions().probabilities();
        if (p.length == 0) {
            return null;
        }
        if (learner.equals(TrainingForm.ZEROR)) {
            return BinaryMetrics.compute(p, evaluation.predictions().churned(), Double.POSITIVE_INFINITY);
        }
        if (learner.equals(TrainingForm.RULES)) {
            return BinaryMetrics.compute(p, evaluation.predictions().churned(), ruleCut(p));
        }
        return null;
    }

    /**
     * The rule gives one probability to matching customers and one to the others, slightly different in each fold:
     * the widest gap between distinct probabilities separates the two groups.
     */
    static double ruleCut(double[] p) {
        double[] distinct = Arrays.stream(p).distinct().sorted().toArray();
        if (distinct.length < 2) {
            return Double.POSITIVE_INFINITY; // matched nobody, or everybody: flags nobody apart
        }
        int gap = 0;
        for (int i = 1; i < distinct.length - 1; i++) {
            if (distinct[i + 1] - distinct[i] > distinct[gap + 1] - distinct[gap]) {
                gap = i;
            }
        }
        return (distinct[gap] + distinct[gap + 1]) / 2;
    }

    /** What a baseline's threshold metrics mean, for their tooltips; empty for a model. */
    static String cutNote(String learner) {
        if (learner.equals(TrainingForm.ZEROR)) {
            return "ZeroR flags nobody: no precision, no recall; its accuracy is the share who stay.";
        }
        if (learner.equals(TrainingForm.RULES)) {
            return "At the rule's own cut: it flags the customers who match it (all folds' predictions pooled).";
        }
        return "";
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "?%" : String.format(Locale.US, "%.0f%%", 100 * share);
    }

    static String times(double lift) {
        return Double.isNaN(lift) ? "?×" : String.format(Locale.US, "%.1f×", lift);
    }
}
