package app.retention.segment;

import java.util.List;

/**
 * The customers of a scoring a campaign can still act on, and what was left out: those whose churn target
 * already says they churned.
 *
 * @param customers      every scored customer but those who already churned, in the dataset's order
 * @param alreadyChurned customers left out because their target already says churned
 * @param outcomesKnown  customers whose target is filled in at all (0 when the dataset has no target)
 */
public record ScoredCustomers(List<ScoredCustomer> customers, long alreadyChurned, long outcomesKnown) {

    public ScoredCustomers {
        customers = List.copyOf(customers);
    }
}
