package app.retention.usecase;

import app.retention.domain.ScoreRunRecord;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoringSummary;

/**
 * A fresh scoring told in counts ({@link SegmentPreparation#scoreAgain}): what the CLI's {@code score} prints.
 *
 * @param bands    the model's default risk bands the customers were counted in
 * @param backtest whether these scores replay the past, and how many customers already churned
 */
public record ScoringReport(ScoreRunRecord scoring, RiskBands bands, ScoringSummary summary, Backtest backtest) {
}
