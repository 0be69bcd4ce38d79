package app.retention.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A saved segment: its name, the scores it draws from, its definition, risk bands and playbook (encoded by the
 * caller), the
 * control group (share, seed and the customers held out) and the column holding customer value.
 */
public record SegmentRecord(long id, OffsetDateTime createdAt, String name, long scoreRunId, String definition,
                            String bands, String playbook, double controlShare, long controlSeed, String valueColumn,
                            List<String> controlKeys) {

    public SegmentRecord {
        controlKeys = List.copyOf(controlKeys);
    }
}
