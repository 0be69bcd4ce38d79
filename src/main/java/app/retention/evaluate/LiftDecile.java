package app.retention.evaluate;

/**
 * One tenth of the customers by descending churn probability (decile 1 holds the highest). {@code churners} is
 * an expected count: customers with the same probability share the churners of their tie evenly, so the
 * order of ties decides nothing.
 *
 * @param lift churn rate in the decile ÷ the base rate (1 = no better than picking at random)
 */
public record LiftDecile(int decile, long customers, double churners, double churnRate, double lift) {
}
