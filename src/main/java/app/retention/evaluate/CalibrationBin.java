package app.retention.evaluate;

/** Customers of one reliability-diagram bin: their mean predicted churn probability and the rate that churned. */
public record CalibrationBin(long customers, double meanPredicted, double observedRate) {
}
