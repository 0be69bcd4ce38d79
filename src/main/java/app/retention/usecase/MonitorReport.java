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
 */
public record MonitorReport(String snapshot, long modelId, String learner, String trainingData, long customers,
                            List<FeatureDrift> features, ScoreDrift score, Optional<Decay> decay) {

    /** The drift of the model's churn probability: validation scores on the training data against the snapshot's. */
    public record ScoreDrift(double psi, String level, double meanBefore, double meanNow, String finding) {
    }

    /**
     * The model's figures on the snapshot's outcomes against its validation figures, with a one-sided test of the
     * drop in ROC AUC (two independent samples: z = (AUC_validation − AUC_realised) ÷ √(SE_v² + SE_r²)).
     */
    public record Decay(ModelFigures validation, ModelFigures realised, double pValue, boolean retrainRecommended,
                        String finding) {
    }
}
