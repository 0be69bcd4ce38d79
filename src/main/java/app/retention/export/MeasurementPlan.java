package app.retention.export;

/**
 * How the campaign will be judged against its control group (METRICS.md: uplift, ROI, sample size).
 *
 * <p>When the team contacts only the top of the list, the contacted customers are riskier than the segment as
 * a whole, so they are compared with the control customers who would have been contacted: the control group
 * ranked by the same expected value saved, its top {@code comparableControl} (the same share of the control
 * group as contacted customers are of the eligible ones). Comparing with the whole control group would credit
 * the campaign with the difference in risk.
 *
 * @param baseChurnRate           churn expected without action among the contacted customers (their mean
 *                                churn probability)
 * @param targetUplift            the drop in churn the campaign aims at (0.05 = five points)
 * @param customersPerGroupNeeded customers each group needs to detect the target uplift (α 0.05, power 0.8)
 * @param controlSize             customers held out
 * @param treatedSize             customers eligible for the campaign (the segment outside the control group)
 * @param contacted               customers the team will contact
 * @param comparableControl       control customers to compare them with: round(contacted × control ÷ eligible)
 * @param detectableUplift        the smallest drop the study detects, counting both groups as large as the
 *                                smaller one (conservative); NaN when it cannot detect any
 * @param windowDays              days after the campaign at which churn is compared
 * @param controlTooSmall         when the control group holds fewer than the customers needed, why and the share to
 *                                hold out instead ({@code ControlGroups.tooSmall}); empty when it is large enough
 */
public record MeasurementPlan(double baseChurnRate, double targetUplift, long customersPerGroupNeeded,
                              int controlSize, int treatedSize, int contacted, int comparableControl,
                              double detectableUplift, int windowDays, String controlTooSmall) {

    /** Whether both compared groups reach the customers needed for the target uplift. */
    public boolean largeEnough() {
        return Math.min(contacted, comparableControl) >= customersPerGroupNeeded;
    }

    /** Whether only the top of the eligible customers is contacted. */
    public boolean contactsTopOnly() {
        return contacted < treatedSize;
    }
}
