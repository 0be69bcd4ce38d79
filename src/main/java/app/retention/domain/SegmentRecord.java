package app.retention.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A saved segment: its name, the scores it draws from, its definition, risk bands and playbook (encoded by the
 * caller), the
 * control group (share, seed and the customers held out), the customer value (column, currency and basis) and how
 * many customers it has.
 *
 * @param customers the segment's members, control group included, counted when it was saved; 0 for a segment
 *                  saved before sizes were recorded (a saved segment is never empty)
 */
public record SegmentRecord(long id, OffsetDateTime createdAt, String name, long scoreRunId, String definition,
                            String bands, String playbook, double controlShare, long controlSeed, CustomerValue value,
                            List<String> controlKeys, long customers) {

    public SegmentRecord {
        controlKeys = List.copyOf(controlKeys);
        value = value == null ? CustomerValue.NONE : value;
    }
}
