package app.retention.evaluate;

/** A point of the precision–recall curve: flagging customers whose churn probability is at or above {@code threshold}. */
public record PrecisionRecallPoint(double threshold, double recall, double precision) {
}
