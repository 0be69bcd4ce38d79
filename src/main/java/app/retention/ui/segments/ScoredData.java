package app.retention.ui.segments;

import app.retention.domain.ScoreRunRecord;
import app.retention.segment.BandBasis;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;
import app.retention.task.TaskContext;
import app.retention.ui.common.Formats;
import app.retention.usecase.PreparedSegment;
import app.retention.usecase.SegmentPreparation;
import app.retention.usecase.ValueChoice;

import java.util.List;
import java.util.Map;

/**
 * A scoring loaded for the builder: the prepared segment (the same value the CLI's {@code segment create} works
 * from: scoring, bands, value column, customers, backtest) and the category columns a filter can use with their
 * values, most customers first.
 */
public record ScoredData(PreparedSegment prepared, Map<String, List<String>> categories) {

    private static final int MAX_CATEGORY_VALUES = 30;

    /**
     * Scores {@code dataset} with the model, or reuses the newest scoring of the same dataset version by the same
     * model, and reads its customers into the model's default bands, with value from the chosen column. Runs in the
     * background.
     */
    static ScoredData load(SegmentPreparation preparation, long modelId, app.retention.domain.DatasetInfo dataset,
                           ValueChoice value, TaskContext ctx) {
        PreparedSegment prepared = preparation.prepare(dataset, modelId, null, value, ctx);
        return new ScoredData(prepared, SegmentCategories.of(
                preparation.columns(dataset), prepared.customers(), MAX_CATEGORY_VALUES));
    }

    public ScoreRunRecord run() {
        return prepared.scoring();
    }

    public RiskBands bands() {
        return prepared.bands();
    }

    /** What a customer is worth (column, currency, basis), or none set. */
    public app.retention.domain.CustomerValue value() {
        return prepared.value();
    }

    public List<ScoredCustomer> customers() {
        return prepared.customers();
    }

    public boolean reused() {
        return prepared.reused();
    }

    /** What the bands are cut from: the model's calibrated validation scores, and whether scores are in-sample. */
    public BandBasis basis() {
        return prepared.basis();
    }

    /** "Scored mcommerce_2026_11@1 with model 7 (boosting): 19,413 customers (scoring 12).", then any backtest. */
    String describe() {
        ScoreRunRecord run = run();
        String text = (reused() ? "Reused the scoring of " : "Scored ") + run.datasetReference() + " with model "
                + run.modelId() + " (" + run.modelLearner() + "): " + Formats.count(customers().size())
                + " customers (scoring " + run.id() + ").";
        String backtest = prepared.backtestSentence();
        return backtest.isEmpty() ? text : text + " " + backtest;
    }

    /** The same scoring with every customer put in its band of {@code other}. */
    ScoredData inBands(RiskBands other) {
        return new ScoredData(prepared.inBands(other), categories);
    }
}
