package app.retention.model;

import app.retention.evaluate.MetricSet;
import app.retention.evaluate.Predictions;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How one learner did under one evaluation design: metrics per fold (one entry for a train/test or
 * out-of-time design) and the pooled out-of-sample predictions behind the curves.
 *
 * @param design e.g. "10-fold stratified cross-validation, seed 1" or "trained on A@1, tested on B@1"
 * @param repeats how many times the folds were drawn; {@code folds} holds folds × repeats metric sets, and the
 *                pooled predictions are those of the first repetition
 * @param trainSize customers per training set (for the corrected t-test)
 * @param testSize customers per test set
 * @param millis   time spent training and predicting the folds (or the single test set), summed over folds
 * @param finalMillis time spent training the final model on all the data; 0 when none was trained or for a
 *                 run read back from the workspace (only the folds' time is stored)
 */
public record ModelEvaluation(String learner, Map<String, String> params, String design, int repeats,
                              List<MetricSet> folds, Predictions predictions, long trainSize, long testSize,
                              long millis, long finalMillis) {

    public double mean(ToDoubleFunction<MetricSet> metric) {
        return folds.stream().mapToDouble(metric).average().orElse(Double.NaN);
    }

    /** Sample standard deviation across folds; 0 for a single test set. */
    public double sd(ToDoubleFunction<MetricSet> metric) {
        if (folds.size() < 2) {
            return 0;
        }
        double mean = mean(metric);
        double squares = folds.stream().mapToDouble(m -> {
            double d = metric.applyAsDouble(m) - mean;
            return d * d;
        }).sum();
        return Math.sqrt(squares / (folds.size() - 1));
    }
}
