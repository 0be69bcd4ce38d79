package app.retention.explore;

import app.retention.domain.RowFilter;

/**
 * The churn rate of a group of customers with its 95% Wilson interval and its ratio to the base rate.
 *
 * @param description the group in words for a sentence ("days_since_last_order is 45 or more")
 * @param selector    its customers, for {@link ExploreService#preview}: merged categories by their merged name
 */
public record RateGroup(String label, String description, long customers, long churners, double rate, double low,
                        double high, double ratio, RowFilter selector) {
}
