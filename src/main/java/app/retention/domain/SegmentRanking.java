package app.retention.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a saved segment ranks its call list when not by churn risk (docs/adr/0027): by the predicted uplift of a
 * campaign's uplift model, stored per customer when the segment was saved so that the order is never recomputed.
 *
 * @param upliftModelId the uplift model that predicted it, or null once that model is deleted
 * @param campaignName  the campaign the uplift model was learnt from
 * @param uplift        each customer's predicted uplift (drop in churn probability when contacted, −1 to 1), by key
 */
public record SegmentRanking(Long upliftModelId, String campaignName, Map<String, Double> uplift) {

    public SegmentRanking {
        Objects.requireNonNull(campaignName, "campaignName");
        uplift = Collections.unmodifiableMap(new HashMap<>(uplift));
    }
}
