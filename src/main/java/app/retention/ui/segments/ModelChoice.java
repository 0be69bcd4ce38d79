package app.retention.ui.segments;

import app.retention.domain.ExperimentRecord;

import java.util.Locale;

/** A stored model the user can score with, as the chooser shows it: "3 · j48 · AUC 0.812 · mcommerce_2026_09". */
public record ModelChoice(long id, String learner, double auc, String datasetName) {

    static ModelChoice of(ExperimentRecord record) {
        return new ModelChoice(record.id(), record.learner(), record.rocAuc(), record.datasetName());
    }

    @Override
    public String toString() {
        return id + " · " + learner + " · AUC " + String.format(Locale.US, "%.3f", auc) + " · " + datasetName;
    }
}
