package app.retention.model;

/**
 * How much a model relies on one feature: the mean drop of ROC AUC on held-out folds when that feature's values
 * are shuffled among the customers (permutation importance), with its standard deviation across folds.
 * Works for every learner, because it only looks at predictions.
 */
public record FeatureImportance(String feature, double aucDrop, double sd) {
}
