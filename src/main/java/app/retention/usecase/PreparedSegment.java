package app.retention.usecase;

import app.retention.domain.CustomerValue;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.domain.ScoreRunRecord;
import app.retention.segment.BandBasis;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;

import java.util.List;

/**
 * A dataset scored by a model and read into customers a segment can be cut from: the same value for the CLI's
 * {@code segment create} and the Segments screen.
 *
 * @param dataset     the scored dataset version
 * @param model       the model that scored it
 * @param scoring     the stored scoring (new, or the newest one reused)
 * @param reused      whether the scoring existed already
 * @param basis       the model's calibrated validation scores, what the bands are cut from and described by
 * @param bands       the risk bands every customer is put in
 * @param value       what a customer is worth, or none set
 * @param customers   every scored customer but those who already churned, in the dataset's order
 * @param backtest    whether these scores replay the past, and how many customers were left out
 */
public record PreparedSegment(DatasetInfo dataset, ModelRecord model, ScoreRunRecord scoring, boolean reused,
                              BandBasis basis, RiskBands bands, CustomerValue value, List<ScoredCustomer> customers,
                              Backtest backtest) {

    public PreparedSegment {
        customers = List.copyOf(customers);
    }

    /** The same customers, each put in its band of {@code other}. */
    public PreparedSegment inBands(RiskBands other) {
        List<ScoredCustomer> moved = customers.stream().map(c -> new ScoredCustomer(c.key(), c.probability(),
                other.assign(c.probability()).name(), c.value(), c.reasons(), c.attributes())).toList();
        return new PreparedSegment(dataset, model, scoring, reused, basis, other, value, moved, backtest);
    }

    /** The backtest in one sentence, empty for a forecast (see {@link Backtest#sentence}). */
    public String backtestSentence() {
        return backtest.sentence(scoring.datasetReference(), scoring.modelId());
    }
}
