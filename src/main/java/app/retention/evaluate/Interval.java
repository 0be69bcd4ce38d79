package app.retention.evaluate;

/** A confidence interval [low, high]. */
public record Interval(double low, double high) {
}
