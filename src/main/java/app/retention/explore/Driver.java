package app.retention.explore;

import app.retention.domain.ColumnLabels;

/**
 * How much one feature alone separates churners: ROC AUC of the feature as a score (0.5 = none; for
 * categories, categories ranked by churn rate), information value over its groups, and a sentence.
 */
public record Driver(String column, double auc, double iv, String sentence, RateGroup strongestGroup, String label) {

    /** A driver named by its column's humanised name. */
    public Driver(String column, double auc, double iv, String sentence, RateGroup strongestGroup) {
        this(column, auc, iv, sentence, strongestGroup, ColumnLabels.humanise(column));
    }
}
