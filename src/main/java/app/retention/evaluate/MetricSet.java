package app.retention.evaluate;

/**
 * The quality of churn predictions (definitions in METRICS.md). Threshold metrics flag a customer when the
 * churn probability is above the threshold, as Weka does at 0.5.
 */
public record MetricSet(double rocAuc, double prAuc, double accuracy, double precision, double recall, double f1,
                        double kappa, double brier, double logLoss, double liftTop10, double liftTop20,
                        double captureTop10, double captureTop20, double threshold, ConfusionMatrix confusion) {
}
