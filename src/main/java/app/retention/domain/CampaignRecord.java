package app.retention.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored campaign: what was planned, with which economics, from which segment, scoring and model. {@code id} and
 * {@code createdAt} are set by the store.
 *
 * @param valueColumn         the segment's value column, or null
 * @param valueUnit           the value's unit (e.g. {@code BRL}), or null
 * @param plannedControlShare the control group's planned share of the two arms together
 * @param segmentId           the segment it was created from, or null once that segment is deleted
 * @param keyColumn           the dataset column the customer keys come from, or null for row numbers
 * @param exportId            the call list export that launched it, or null when created explicitly
 * @param rule                the rule that chose the second contacted arm of a model-vs-rule campaign, or null
 */
public record CampaignRecord(long id, OffsetDateTime createdAt, String name, CampaignStatus status, String goal,
                             String channel, String offer, LocalDate startDate, int capacity, double contactCost,
                             double offerCost, double acceptance, double saveRate, String valueColumn,
                             String valueUnit, double plannedControlShare, Long segmentId, String segmentName,
                             long scoreRunId, long modelId, String modelLearner, String datasetReference,
                             String keyColumn, Long exportId, String rule) {

    /** The same campaign in another status. */
    public CampaignRecord withStatus(CampaignStatus newStatus) {
        return new CampaignRecord(id, createdAt, name, newStatus, goal, channel, offer, startDate, capacity,
                contactCost, offerCost, acceptance, saveRate, valueColumn, valueUnit, plannedControlShare, segmentId,
                segmentName, scoreRunId, modelId, modelLearner, datasetReference, keyColumn, exportId, rule);
    }
}
