package app.retention.domain;

/**
 * How one model did on the customers of a labelled snapshot: ROC AUC with its 95% interval (DeLong), lift at 10%
 * and the expected calibration error over ten equal-count bins (METRICS.md).
 */
public record ModelFigures(long modelId, double auc, double aucLow, double aucHigh, double liftTop10,
                           double calibrationError) {
}
