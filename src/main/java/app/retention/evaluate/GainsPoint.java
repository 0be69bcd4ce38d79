package app.retention.evaluate;

/**
 * A point of the cumulative gains curve: contacting the {@code contacted} share of customers with the highest
 * churn probability (those at or above {@code threshold}) finds the {@code captured} share of all churners.
 */
public record GainsPoint(double threshold, double contacted, double captured) {
}
