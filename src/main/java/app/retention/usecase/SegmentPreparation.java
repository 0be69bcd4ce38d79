package app.retention.usecase;

import app.retention.domain.DatasetInfo;
import app.retention.domain.ExperimentRecord;
import app.retention.domain.ScoreRunRecord;
import app.retention.model.ModelCatalog;
import app.retention.model.ScoringService;
import app.retention.segment.BandBasis;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomers;
import app.retention.segment.Segment;
import app.retention.segment.SegmentService;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.util.List;

/**
 * Score or reuse, then risk bands, value column and customers: the one way from a dataset and a model to customers
 * a segment is cut from, for the CLI and the Segments screen alike, so both show the same numbers.
 */
public final class SegmentPreparation {

    private final Workspace workspace;
    private final ModelCatalog catalog;
    private final ScoringService scoring;
    private final SegmentService segments;

    SegmentPreparation(ModelCatalog catalog, ScoringService scoring, SegmentService segments) {
        this.workspace = catalog.workspace();
        this.catalog = catalog;
        this.scoring = scoring;
        this.segments = segments;
    }

    /**
     * Scores {@code dataset} with model {@code modelId} (or reuses the newest scoring of the same dataset version by
     * the same model), cuts risk bands from the model's calibrated validation scores (at {@code cutoffs}, or top
     * 10% / next 20% when null; described as in-sample when the dataset is the model's training data) and reads
     * the customers, leaving out those whose target already says they churned.
     *
     * @throws app.retention.model.ModelException   when there is no such model or the dataset does not fit it
     * @throws app.retention.segment.SegmentException when the cut-offs or the value column cannot be used
     */
    public PreparedSegment prepare(DatasetInfo dataset, long modelId, List<Double> cutoffs, ValueChoice value,
                                   TaskContext context) {
        ExperimentRecord model = catalog.record(modelId);
        value.resolve(workspace.datasets().columns(dataset)); // a wrong value column is refused before scoring
        ScoreRunRecord existing = workspace.scores().latest(dataset.name(), dataset.version(), modelId).orElse(null);
        if (existing != null) {
            return read(dataset, model, existing, true, cutoffs, value, context);
        }
        ScoreRunRecord run = scoring.score(dataset, modelId, true, context).run();
        return readOrDiscard(dataset, model, run, cutoffs, value, context);
    }

    /**
     * Takes back the scoring {@link #prepare} stored for {@code prepared} when the step after it fails (a filter
     * that selects nobody, a taken name): a failed command leaves the workspace as it was. A reused scoring stays.
     */
    public void discard(PreparedSegment prepared) {
        if (!prepared.reused()) {
            workspace.scores().delete(prepared.scoring().id());
        }
    }

    /** Reads a scoring just stored; when that fails or is cancelled, the scoring is deleted again: all or nothing. */
    private PreparedSegment readOrDiscard(DatasetInfo dataset, ExperimentRecord model, ScoreRunRecord run,
                                          List<Double> cutoffs, ValueChoice value, TaskContext context) {
        try {
            PreparedSegment prepared = read(dataset, model, run, false, cutoffs, value, context);
            context.checkCancelled(); // a cancel asked for while the scores were saved or read still counts
            return prepared;
        } catch (RuntimeException | Error e) {
            try {
                workspace.scores().delete(run.id());
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Scores {@code dataset} anew (the CLI's {@code score}) and prepares its customers in the default bands.
     *
     * @param reasons whether to work out three reasons per customer
     */
    public PreparedSegment scoreAgain(DatasetInfo dataset, long modelId, boolean reasons, TaskContext context) {
        ExperimentRecord model = catalog.record(modelId);
        ScoreRunRecord run = scoring.score(dataset, modelId, reasons, context).run();
        return readOrDiscard(dataset, model, run, null, ValueChoice.none(), context);
    }

    private PreparedSegment read(DatasetInfo dataset, ExperimentRecord model, ScoreRunRecord run, boolean reused,
                                 List<Double> cutoffs, ValueChoice value, TaskContext context) {
        ModelCatalog.ValidationScores validation = catalog.validationScores(model.id());
        boolean inSample = Backtest.of(model, run, 0, 0).inSample();
        BandBasis basis = new BandBasis(validation.probabilities(), validation.churned(), inSample);
        RiskBands bands = basis.at(cutoffs);
        String valueColumn = value.resolve(workspace.datasets().columns(dataset));
        ScoredCustomers read = segments.read(run, bands, valueColumn, context);
        Backtest backtest = Backtest.of(model, run, read.outcomesKnown(), read.alreadyChurned());
        return new PreparedSegment(dataset, model, run, reused, basis, bands, valueColumn, read.customers(), backtest);
    }

    /** The columns of a dataset version, as customers' attributes name them. */
    public List<app.retention.domain.ColumnInfo> columns(DatasetInfo dataset) {
        return workspace.datasets().columns(dataset);
    }

    /** Whether a saved segment's scoring was a backtest, and how many customers were left out of it. */
    public Backtest backtestOf(Segment segment) {
        ExperimentRecord model = workspace.experiments().find(segment.scoring().modelId()).orElse(null);
        return Backtest.of(model, segment.scoring(), segment.outcomesKnown(), segment.alreadyChurned());
    }
}
