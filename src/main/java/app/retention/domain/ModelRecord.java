package app.retention.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One stored model evaluation and where its numbers came from: dataset version and checksum, design,
 * learner and parameters, the features used, metrics (mean over folds) with the AUC of every fold, and
 * the Weka and app versions. {@code id} and {@code createdAt} are set by the store.
 */
public record ModelRecord(long id, OffsetDateTime createdAt, String datasetName, int datasetVersion,
                               String datasetSha256, String design, String learner, String params,
                               List<String> features, double rocAuc, double rocAucSd, double prAuc, double accuracy,
                               double precision, double recall, double f1, double kappa, double brier, double logLoss,
                               double liftTop10, List<Double> foldAucs, String wekaVersion, String appVersion,
                               long trainMillis) {
}
