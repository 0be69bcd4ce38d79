package app.retention.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored evaluation of one learner on one dataset version, with what explains it; {@code id} is the
 * experiment's id and, when {@code modelStored}, the id of the model trained on all the data.
 */
public record ModelRun(long id, OffsetDateTime createdAt, String datasetName, int datasetVersion,
                       ModelEvaluation evaluation, List<FeatureImportance> importance, ModelDetails details,
                       boolean modelStored) {

    public ModelRun {
        importance = List.copyOf(importance);
    }
}
