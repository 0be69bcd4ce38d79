package app.retention.segment;

import app.retention.domain.CustomerValue;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.SegmentRecord;

/**
 * A saved segment whose customers were handed on as they were read, not held ({@link SegmentService#stream}): what
 * {@link Segment} says but its customers, and how many there were.
 *
 * @param customers      members of the segment, control group included
 * @param keyColumn      the dataset column that identifies a customer (or null: row numbers are the keys)
 * @param value          what a customer is worth (column, currency, basis), or none set
 * @param alreadyChurned customers of the scoring left out because their target already says churned
 * @param outcomesKnown  customers of the scoring whose target is filled in (a backtest when above 0)
 * @param order          who comes first on its call list: by churn risk, or by the predicted uplift stored with it
 */
public record StreamedSegment(SegmentRecord record, SegmentDefinition definition, ScoreRunRecord scoring,
                              RiskBands bands, Playbook playbook, ControlGroup control, long customers,
                              String keyColumn, CustomerValue value, long alreadyChurned, long outcomesKnown,
                              CallOrder order) {
}
