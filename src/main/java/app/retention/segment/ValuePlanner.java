package app.retention.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Ranks customers by expected value saved (METRICS.md): p × CLV × save rate − contact cost − offer cost ×
 * acceptance rate. A customer whose value is unknown (NaN) counts as worth 0: the plan never claims value it
 * cannot show, so such customers cost a contact and rank below every customer whose value is known and
 * positive; among them the riskier come first.
 */
public final class ValuePlanner {

    /** Highest expected value first; then higher churn probability; then the customer key, so ties are stable. */
    public static final Comparator<RankedCustomer> PRIORITY = Comparator
            .comparingDouble((RankedCustomer r) -> -r.expectedValueSaved())
            .thenComparingDouble(r -> -r.customer().probability())
            .thenComparing(r -> r.customer().key());

    private ValuePlanner() {
    }

    /** Expected value saved by contacting one customer; an unknown value (NaN) counts as 0. */
    public static double expectedValueSaved(double probability, double value, CampaignEconomics economics) {
        double known = Double.isNaN(value) ? 0 : value;
        return probability * known * economics.saveRate() - economics.contactCost()
                - economics.offerCost() * economics.acceptanceRate();
    }

    /**
     * The call list of a segment in priority order, with its profit curve.
     *
     * @param customers the customers who may be contacted (leave the control group out)
     * @throws SegmentException when a customer key appears twice
     */
    public static ValuePlan plan(List<ScoredCustomer> customers, CampaignEconomics economics) {
        return plan(customers, economics, PRIORITY);
    }

    /**
     * The call list of a segment in {@code order} ({@link CallOrder#comparator()}: by risk, or persuadables first),
     * with its profit curve.
     *
     * @throws SegmentException when a customer key appears twice
     */
    public static ValuePlan plan(List<ScoredCustomer> customers, CampaignEconomics economics,
                                 Comparator<RankedCustomer> order) {
        List<RankedCustomer> unranked = new ArrayList<>(customers.size());
        HashSet<String> keys = new HashSet<>();
        for (ScoredCustomer c : customers) {
            if (!keys.add(c.key())) {
                throw new SegmentException("Customer " + c.key() + " appears twice in the segment; each customer "
                        + "can be on a call list once.");
            }
            unranked.add(new RankedCustomer(0, c, expectedValueSaved(c.probability(), c.value(), economics)));
        }
        unranked.sort(order);
        List<RankedCustomer> ranking = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            RankedCustomer r = unranked.get(i);
            ranking.add(new RankedCustomer(i + 1, r.customer(), r.expectedValueSaved()));
        }
        return new ValuePlan(ranking, economics);
    }
}
