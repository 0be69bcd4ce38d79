package app.retention.segment;

import app.retention.evaluate.Predictions;

import java.util.List;

/**
 * What risk bands are cut from and described by: a model's calibrated validation scores and outcomes. When the
 * scored customers are the model's own training data ({@code inSample}), the bands keep their cut-offs but are
 * not described with validation rates, which would flatter scores the model has seen the answers to.
 */
public record BandBasis(Predictions validation, boolean inSample) {

    /** High = top 10% of validation scores, Medium the next 20%, Low the rest. */
    public RiskBands defaults() {
        RiskBands bands = RiskBands.fromValidation(validation.probabilities(), validation.churned());
        return inSample ? bands.inSample() : bands;
    }

    /** Bands at these cut-offs (High's lowest churn probability, Medium's), or the defaults when null. */
    public RiskBands at(List<Double> cutoffs) {
        return cutoffs == null ? defaults() : at(RiskBands.DEFAULT_NAMES, cutoffs);
    }

    /** Bands of these names at these cut-offs, highest risk first. */
    public RiskBands at(List<String> names, List<Double> cutoffs) {
        RiskBands bands = RiskBands.fromCutoffs(names, cutoffs, validation.probabilities(),
                validation.churned());
        return inSample ? bands.inSample() : bands;
    }
}
