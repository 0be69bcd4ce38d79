package app.retention.segment;

import app.retention.evaluate.Interval;
import app.retention.evaluate.NewcombeInterval;

/**
 * A campaign measured against its control group (METRICS.md): uplift = churn rate of control − churn rate of
 * treated, positive when the campaign kept customers.
 *
 * <p>The 95% interval of the uplift is Newcombe's hybrid score interval (Newcombe 1998, method 10), built from
 * the Wilson interval of each rate like every other interval in the workbench: it stays within [−1, 1] and
 * behaves for small groups and rates near 0, where the normal approximation does not.
 */
public record Uplift(long controlCustomers, long controlChurners, long treatedCustomers, long treatedChurners) {

    public Uplift {
        check("control", controlCustomers, controlChurners);
        check("treated", treatedCustomers, treatedChurners);
    }

    public double controlRate() {
        return (double) controlChurners / controlCustomers;
    }

    public double treatedRate() {
        return (double) treatedChurners / treatedCustomers;
    }

    /** Control churn rate − treated churn rate. */
    public double difference() {
        return controlRate() - treatedRate();
    }

    /** The 95% interval of the difference (Newcombe's hybrid score interval). */
    public Interval interval95() {
        return NewcombeInterval.difference95(controlChurners, controlCustomers, treatedChurners, treatedCustomers);
    }

    /** Whether the interval excludes 0 in favour of the campaign. */
    public boolean campaignHelped() {
        return interval95().low() > 0;
    }

    /** Churners the campaign kept: uplift × treated customers. */
    public double customersSaved() {
        return difference() * treatedCustomers;
    }

    /**
     * ROI per METRICS.md: (uplift × treated × CLV − campaign cost) ÷ campaign cost.
     *
     * @param averageValue the treated customers' average CLV
     * @param campaignCost what the campaign cost, above 0
     */
    public double roi(double averageValue, double campaignCost) {
        if (!(campaignCost > 0)) {
            throw new SegmentException("ROI needs a campaign cost above 0; got " + campaignCost + ".");
        }
        return (customersSaved() * averageValue - campaignCost) / campaignCost;
    }

    private static void check(String group, long customers, long churners) {
        if (customers <= 0) {
            throw new SegmentException("The " + group + " group has no customers; uplift needs both groups.");
        }
        if (churners < 0 || churners > customers) {
            throw new SegmentException("The " + group + " group has " + churners + " churners among " + customers
                    + " customers; churners must be between 0 and the group's size.");
        }
    }
}
