package app.retention.usecase;

import app.retention.domain.CustomerValue;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.domain.ScoreRunRecord;
import app.retention.segment.BandBasis;
import app.retention.segment.RiskBands;

/**
 * A dataset scored by a model, with the risk bands and the customer value a segment is cut with, before any
 * customer is read: what {@code segment create} needs to save a segment by streaming its customers, where
 * {@link PreparedSegment} holds them all.
 *
 * @param reused      whether the scoring existed already (a fresh one is taken back when the step after fails)
 * @param basis       the model's calibrated validation scores, what the bands are cut from and described by
 * @param value       what a customer is worth, or none set
 */
public record PreparedScoring(DatasetInfo dataset, ModelRecord model, ScoreRunRecord scoring, boolean reused,
                              BandBasis basis, RiskBands bands, CustomerValue value) {

    /** Whether these scores replay the past, once the customers read say how many outcomes are known. */
    public Backtest backtest(long outcomesKnown, long alreadyChurned) {
        return Backtest.of(model, scoring, outcomesKnown, alreadyChurned);
    }
}
