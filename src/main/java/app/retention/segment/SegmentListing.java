package app.retention.segment;

import java.time.OffsetDateTime;

/**
 * A saved segment as a list of segments shows it, read without its customers: enough to find it again, choose it
 * for an export, or confirm its deletion.
 *
 * @param customers    members, control group included; 0 when it was saved before sizes were recorded
 * @param controlSize  customers held out, not contacted
 * @param modelId      the stored model whose scores the segment was cut from
 * @param dataset      the dataset version it was cut from, "telco@1"
 */
public record SegmentListing(String name, OffsetDateTime savedAt, long customers, long controlSize, long modelId,
                             String dataset) {

    /** Whether the size was counted when the segment was saved (segments saved by older versions were not). */
    public boolean sizeKnown() {
        return customers > 0;
    }
}
