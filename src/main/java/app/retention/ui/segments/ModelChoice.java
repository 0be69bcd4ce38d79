package app.retention.ui.segments;

import app.retention.domain.ModelRecord;
import app.retention.model.LearnerCatalog;
import app.retention.model.LearnerSpec;

import java.util.Locale;

/**
 * A stored model the user can score with, as the chooser shows it, with the learner's name as the Models screen
 * says it (finding m4): "3 · Decision tree (J48) · AUC 0.812 · mcommerce_2026_09".
 */
public record ModelChoice(long id, String learner, double auc, String datasetName, String inUseFor) {

    /** A model as offered, marked "in use for …" when {@code inUseFor} names its use cases (null: not in use). */
    public static ModelChoice of(ModelRecord record, String inUseFor) {
        return new ModelChoice(record.id(), record.learner(), record.rocAuc(), record.datasetName(), inUseFor);
    }

    static ModelChoice of(ModelRecord record) {
        return of(record, null);
    }

    /** Whether the model is in use for a use case. */
    public boolean inUse() {
        return inUseFor != null;
    }

    /** The learner as the Models screen names it, e.g. "Decision tree (J48)" for {@code j48}. */
    public static String learnerLabel(String learner) {
        return LearnerCatalog.all().stream().filter(l -> l.name().equals(learner)).map(LearnerSpec::label)
                .findFirst().orElse(learner);
    }

    /** A shorter label for a narrow chooser: "1 · Decision tree (J48) · in use for …", or with its AUC. */
    public String shortLabel() {
        return id + " · " + learnerLabel(learner) + (inUseFor == null
                ? " · AUC " + String.format(Locale.US, "%.3f", auc) : " · in use for " + inUseFor);
    }

    @Override
    public String toString() {
        String name = learnerLabel(learner);
        return id + " · " + name + " · AUC " + String.format(Locale.US, "%.3f", auc) + " · " + datasetName
                + (inUseFor == null ? "" : " · in use for " + inUseFor);
    }
}
