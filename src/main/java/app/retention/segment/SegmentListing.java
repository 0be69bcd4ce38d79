package app.retention.segment;

import java.time.OffsetDateTime;

/**
 * A saved segment as a list of segments shows it, read without its customers: enough to find it again, choose it
 * for an export, or confirm its deletion.
 *
 * @param customers    members, control group included; 0 when it was saved before sizes were recorded
 * @param controlSize  customers held out, not contacted
 * @param modelId      the stored model whose scores the segment was cut from
 * @param modelLearner that model's learner, "j48"
 * @param datasetName  the dataset it was cut from
 * @param datasetVersion the version of that dataset
 */
public record SegmentListing(String name, OffsetDateTime savedAt, long customers, long controlSize, long modelId,
                             String modelLearner, String datasetName, int datasetVersion) {

    /** "telco@1", as the command line names a dataset version. */
    public String dataset() {
        return datasetName + "@" + datasetVersion;
    }

    /** Whether the size was counted when the segment was saved (segments saved by older versions were not). */
    public boolean sizeKnown() {
        return customers > 0;
    }
}
