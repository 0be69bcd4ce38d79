package app.retention.evaluate;

/** A point of the ROC curve: flagging customers whose churn probability is at or above {@code threshold}. */
public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate) {
}
