package app.retention.segment;

import app.retention.domain.SegmentRecord;

/**
 * A segment just saved, told without its customers (they were streamed, not held): what {@code segment create}
 * reports.
 *
 * @param customers        members of the segment, control group included
 * @param expectedChurners the sum of the members' churn probabilities
 * @param valueAtRisk      the sum of probability × value over members with a known value
 * @param alreadyChurned   customers of the scoring left out because their target already says churned
 * @param outcomesKnown    customers of the scoring whose target is filled in (a backtest when above 0)
 * @param order            who comes first on its call list
 */
public record SavedSegment(SegmentRecord record, SegmentDefinition definition, ControlGroup control, long customers,
                           double expectedChurners, double valueAtRisk, long alreadyChurned, long outcomesKnown,
                           CallOrder order) {
}
