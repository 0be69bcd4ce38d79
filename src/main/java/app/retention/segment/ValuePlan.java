package app.retention.segment;

import java.util.List;

/**
 * A segment's customers ranked by expected value saved, with the profit curve (cumulative expected value saved
 * against list size, METRICS.md) and what a given capacity achieves. Made by {@link ValuePlanner#plan}.
 */
public final class ValuePlan {

    private final List<RankedCustomer> ranking;
    private final CampaignEconomics economics;
    private final double[] cumulative;
    private final int customersWithoutValue;

    ValuePlan(List<RankedCustomer> ranking, CampaignEconomics economics) {
        this.ranking = List.copyOf(ranking);
        this.economics = economics;
        this.cumulative = new double[ranking.size() + 1];
        int unknown = 0;
        for (int i = 0; i < ranking.size(); i++) {
            cumulative[i + 1] = cumulative[i] + ranking.get(i).expectedValueSaved();
            if (!ranking.get(i).customer().hasValue()) {
                unknown++;
            }
        }
        this.customersWithoutValue = unknown;
    }

    /** Every customer, most valuable contact first. */
    public List<RankedCustomer> ranking() {
        return ranking;
    }

    /** The first {@code n} customers of the ranking (all of them when there are fewer). */
    public List<RankedCustomer> top(int n) {
        if (n < 0) {
            throw new SegmentException("A call list cannot have " + n + " customers; ask for 0 or more.");
        }
        return ranking.subList(0, Math.min(n, ranking.size()));
    }

    public CampaignEconomics economics() {
        return economics;
    }

    /** Customers in the plan whose value (CLV) is unknown, counted as worth 0. */
    public int customersWithoutValue() {
        return customersWithoutValue;
    }

    /**
     * The profit curve: element {@code k} is the expected value saved by contacting the top {@code k}
     * customers, from 0 (nobody, value 0) to all of them. A copy.
     */
    public double[] profitCurve() {
        return cumulative.clone();
    }

    /** The list size where the profit curve peaks (the smallest, when several tie; 0 when no contact pays). */
    public int peakListSize() {
        int best = 0;
        for (int k = 1; k < cumulative.length; k++) {
            if (cumulative[k] > cumulative[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The expected value saved at the profit curve's peak. */
    public double peakValue() {
        return cumulative[peakListSize()];
    }

    /**
     * Contacts, expected saves, value saved, cost and ROI when the team contacts the top {@code capacity}
     * customers.
     */
    public CapacityOutcome atCapacity(int capacity) {
        if (capacity < 0) {
            throw new SegmentException("The team's capacity must be 0 contacts or more; got " + capacity + ".");
        }
        int contacts = Math.min(capacity, ranking.size());
        double saves = 0;
        double valueSaved = 0;
        for (int i = 0; i < contacts; i++) {
            ScoredCustomer c = ranking.get(i).customer();
            saves += c.probability() * economics.saveRate();
            valueSaved += c.valueAtRisk() * economics.saveRate();
        }
        double cost = contacts * economics.costPerContact();
        double net = valueSaved - cost;
        double roi = cost > 0 ? net / cost : Double.NaN;
        return new CapacityOutcome(capacity, contacts, saves, valueSaved, cost, net, roi);
    }
}
