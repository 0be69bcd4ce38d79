package app.retention.explore;

/**
 * How much one feature alone separates churners: ROC AUC of the feature as a score (0.5 = none; for
 * categories, categories ranked by churn rate), information value over its groups, and a sentence.
 */
public record Driver(String column, double auc, double iv, String sentence, RateGroup strongestGroup) {
}
