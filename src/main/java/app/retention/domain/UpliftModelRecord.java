package app.retention.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored uplift model (docs/adr/0023) and how it measured on its campaign: the cross-validated Qini coefficient of
 * ranking by its predicted uplift, against ranking the same customers by the campaign's churn risk, and customers
 * kept per 100 calls in the top half of each ranking. {@code id} and {@code createdAt} are set by the store.
 *
 * @param campaignId  the campaign it was learnt from, or null once that campaign is deleted
 * @param method      how it was learnt: {@code TWO_MODEL} or {@code CLASS_TRANSFORMATION}
 * @param qiniUplift  Qini coefficient of the out-of-fold predicted uplift, in customers
 * @param qiniRisk    Qini coefficient of the campaign's churn score on the same customers
 * @param keptUplift  customers kept per 100 calls when the top half by predicted uplift is called
 * @param keptRisk    the same, calling the top half by churn risk
 * @param curveUplift the Qini curve of the predicted uplift: (k, Q(k)) pairs
 * @param curveRisk   the Qini curve of the churn risk
 */
public record UpliftModelRecord(long id, OffsetDateTime createdAt, Long campaignId, String campaignName,
                                String datasetName, int datasetVersion, String learner, String method, int folds,
                                long seed, int customers, double qiniUplift, double qiniRisk, double keptUplift,
                                double keptRisk, List<double[]> curveUplift, List<double[]> curveRisk) {

    public UpliftModelRecord {
        curveUplift = List.copyOf(curveUplift);
        curveRisk = List.copyOf(curveRisk);
    }

    /** The dataset the model read its customers' columns from, as {@code name@version}. */
    public String datasetReference() {
        return datasetName + "@" + datasetVersion;
    }
}
