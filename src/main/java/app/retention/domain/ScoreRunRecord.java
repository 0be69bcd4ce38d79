package app.retention.domain;

import java.time.OffsetDateTime;

/**
 * One scoring of a dataset version by a stored model: which data, which model (and how good it was), how many
 * rows and how long. {@code id} and
 * {@code createdAt} are set by the store.
 */
public record ScoreRunRecord(long id, OffsetDateTime createdAt, String datasetName, int datasetVersion,
                             String datasetSha256, long modelId, String modelLearner, double modelAuc,
                             String modelDesign, long rowsScored, long millis) {

    public String datasetReference() {
        return datasetName + "@" + datasetVersion;
    }
}
