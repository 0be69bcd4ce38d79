package app.retention.ui.models;

import app.retention.domain.ColumnLabels;

import java.util.Locale;

/**
 * A feature's permutation importance as the details pane draws it: {@code share} is its bar length, 1 for the
 * feature the model relies on most; a feature whose shuffling does not hurt has no bar.
 */
public record ImportanceBar(String feature, double aucDrop, double sd, double share, String label) {

    /** A bar named by its feature's humanised name. */
    public ImportanceBar(String feature, double aucDrop, double sd, double share) {
        this(feature, aucDrop, sd, share, ColumnLabels.humanise(feature));
    }

    /** "0.052 ± 0.004 AUC". */
    public String text() {
        return String.format(Locale.US, "%.3f ± %.3f", aucDrop, sd);
    }
}
