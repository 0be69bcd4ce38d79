package app.retention.segment;

import app.retention.domain.CustomerValue;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.SegmentRecord;

import java.util.List;

/**
 * A saved segment, loaded: what it is, the scoring it draws from, its bands and playbook, its customers (in
 * the dataset's order) and its control group.
 *
 * @param keyColumn   the dataset column that identifies a customer (or null: row numbers are the keys)
 * @param value       what a customer is worth (column, currency, basis), or none set
 * @param alreadyChurned customers of the scoring left out because their target already says churned
 * @param outcomesKnown  customers of the scoring whose target is filled in (a backtest when above 0)
 * @param order          who comes first on its call list: by churn risk, or by the predicted uplift stored with it
 */
public record Segment(SegmentRecord record, SegmentDefinition definition, ScoreRunRecord scoring, RiskBands bands,
                      Playbook playbook, ControlGroup control, List<ScoredCustomer> customers, String keyColumn,
                      CustomerValue value, long alreadyChurned, long outcomesKnown, CallOrder order) {

    public Segment {
        customers = List.copyOf(customers);
    }

    /** What this segment is and counts, without its customers, as {@link SegmentService#stream} tells one. */
    public StreamedSegment outline() {
        return new StreamedSegment(record, definition, scoring, bands, playbook, control, customers.size(), keyColumn,
                value, alreadyChurned, outcomesKnown, order);
    }
}
