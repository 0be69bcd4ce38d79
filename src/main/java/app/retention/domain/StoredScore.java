package app.retention.domain;

import java.util.List;

/** One customer's score: the dataset row, the churn probability and its reasons, strongest first. */
public record StoredScore(long rowNumber, double probability, List<StoredReason> reasons) {

    public StoredScore {
        reasons = List.copyOf(reasons);
    }

    /** One reason: the feature it comes from and its wording for this customer. */
    public record StoredReason(String feature, String text) {
    }
}
