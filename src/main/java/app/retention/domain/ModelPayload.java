package app.retention.domain;

/**
 * What a stored model keeps beyond its summary numbers, encoded by the model layer: how often the folds were drawn,
 * training and test set sizes, per-fold metrics, the pooled out-of-fold predictions, importance and the readable
 * model. The store treats the texts and bytes as opaque.
 */
public record ModelPayload(int repeats, long trainSize, long testSize, String foldMetrics, byte[] predictions,
                                String importance, String details) {
}
