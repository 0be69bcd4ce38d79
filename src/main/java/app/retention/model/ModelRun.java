package app.retention.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A model run (docs/adr/0012): one learner evaluated on one dataset version, with what explains it; {@code id} is
 * what users call "model N" and, when {@code modelStored}, also the id of the model trained on all the data.
 */
public record ModelRun(long id, OffsetDateTime createdAt, String datasetName, int datasetVersion,
                       ModelEvaluation evaluation, List<FeatureImportance> importance, ModelDetails details,
                       boolean modelStored) {

    public ModelRun {
        importance = List.copyOf(importance);
    }
}
