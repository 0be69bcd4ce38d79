package app.retention.usecase;

import app.retention.domain.ModelFigures;

import java.util.List;

/**
 * How one model held up over time (issue 16, docs/adr/0028): its figures on every labelled snapshot it was not trained
 * on and on the held-out customers of every campaign cut from its scorings, oldest first, each against two baselines:
 * the model's validation (pooled out-of-fold predictions on its training data) and the first snapshot after training
 * (the earliest realised figure). Either significant drop recommends retraining.
 *
 * @param validation          the model's figures on its validation predictions
 * @param validationSource    where validation comes from, in words ("3-fold cross-validation on mcommerce_2026_09@1")
 * @param firstAfterTraining  the first snapshot after training (the earliest realised figure); null when there is none
 * @param points              oldest first (by the date the snapshot describes, then by import; a campaign right after
 *                            its snapshot)
 * @param retrainRecommended  whether the newest point dropped significantly from either baseline
 * @param finding             the newest point's reading in words, naming the baseline that flagged it
 */
public record DecayReport(long modelId, String learner, String trainingData, ModelFigures validation,
                          String validationSource, String firstAfterTraining, List<Point> points,
                          boolean retrainRecommended, String finding) {

    public DecayReport {
        points = List.copyOf(points);
    }

    /** A point is a whole labelled snapshot or the held-out customers of a campaign. */
    public enum Kind { SNAPSHOT, CAMPAIGN }

    /**
     * The model's figures on one set of customers with outcomes.
     *
     * @param label               what the point is, short: the snapshot's reference, or "campaign NAME"
     * @param snapshot            the dataset version the customers (and, for a campaign, its scoring) come from
     * @param againstValidation   the drop from validation (for a campaign, validation in the campaign's score range)
     * @param againstFirst        the drop from the first snapshot after training (for a campaign, its customers in the
     *                            same score range); null for that snapshot itself, or when there is none before
     */
    public record Point(String label, Kind kind, String snapshot, int customers, int churned, ModelFigures realised,
                        Drop againstValidation, Drop againstFirst, boolean retrainRecommended, String finding) {
    }

    /**
     * A one-sided test of a drop in ROC AUC from a baseline measured on other customers: z = (AUC_baseline −
     * AUC_realised) ÷ √(SE_baseline² + SE_realised²), DeLong's standard errors; significant at p &lt; 0.05.
     *
     * @param baseline     the baseline in words ("in validation", "on mcommerce_2026_10@1, the first snapshot after
     *                     training")
     * @param baselineAuc  its ROC AUC, with its 95% interval
     */
    public record Drop(String baseline, double baselineAuc, double baselineLow, double baselineHigh, double drop,
                       double pValue, boolean significant) {
    }
}
