package app.retention.explore;

/**
 * The churn rate of a group of customers with its 95% Wilson interval and its ratio to the base rate.
 *
 * @param description the group in words for a sentence ("days_since_last_order is 45 or more")
 */
public record RateGroup(String label, String description, long customers, long churners, double rate, double low,
                        double high, double ratio, GroupSelector selector) {
}
