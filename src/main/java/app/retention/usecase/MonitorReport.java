package app.retention.usecase;

import app.retention.domain.ModelFigures;

import java.util.List;
import java.util.Optional;

/**
 * A snapshot against the training data of a model (issue 16): drift of every input and of the score, and, when the
 * snapshot's outcomes are known, how the model did on it against its validation figures.
 *
 * @param features inputs, most shifted first
 * @param decay    realised against validation figures, when the snapshot has outcomes
 * @param campaigns the same reading from the held-out customers of campaigns cut from this snapshot's scoring by this
 *                  model, once their outcomes are in (empty when there are none)
 */
public record MonitorReport(String snapshot, long modelId, String learner, String trainingData, long customers,
                            List<FeatureDrift> features, ScoreDrift score, Optional<Decay> decay,
                            List<CampaignDecay> campaigns) {

    public MonitorReport {
        campaigns = List.copyOf(campaigns);
    }

    /**
     * The drift of the model's churn probability: validation scores on the training data against the snapshot's.
     *
     * @param sharesBefore the validation scores' shares in {@link #HISTOGRAM_BINS} equal-width bins of [0, 1]
     * @param sharesNow    the snapshot's scores in the same bins (the Monitor screen's overlaid distributions)
     */
    public record ScoreDrift(double psi, String level, double meanBefore, double meanNow, String finding,
                             double[] sharesBefore, double[] sharesNow) {

        /** Bins of the score distributions: 0–5%, 5–10%, … 95–100%. */
        public static final int HISTOGRAM_BINS = 20;

        /** The shares of {@code probabilities} in {@link #HISTOGRAM_BINS} equal-width bins of [0, 1]. */
        public static double[] shares(double[] probabilities) {
            double[] shares = new double[HISTOGRAM_BINS];
            for (double p : probabilities) {
                int bin = (int) Math.floor(Math.max(0, Math.min(1, p)) * HISTOGRAM_BINS);
                shares[Math.min(HISTOGRAM_BINS - 1, bin)]++;
            }
            for (int i = 0; i < shares.length && probabilities.length > 0; i++) {
                shares[i] /= probabilities.length;
            }
            return shares;
        }
    }

    /**
     * The model's figures on the snapshot's outcomes against its validation figures, with a one-sided test of the
     * drop in ROC AUC (two independent samples: z = (AUC_validation − AUC_realised) ÷ √(SE_v² + SE_r²)).
     */
    public record Decay(ModelFigures validation, ModelFigures realised, double pValue, boolean retrainRecommended,
                        String finding) {
    }

    /**
     * A campaign's outcomes read as labels for the model that chose it. Only the held-out customers count: nobody
     * contacted them, so their outcomes show the model as it is, not the campaign's effect. They are the segment's
     * customers (a slice of the score range), so validation is read on the validation customers scored in the same
     * range, and calibration compares the mean predicted churn with the churn observed.
     *
     * @param heldOut   held-out customers with an outcome
     * @param predicted their mean predicted churn probability
     * @param observed  their observed churn rate
     * @param decay     the AUC reading (null when the held-out customers are not two of each outcome)
     */
    public record CampaignDecay(String campaign, int heldOut, double lowestScore, double predicted, double observed,
                                Decay decay, String finding) {
    }
}
