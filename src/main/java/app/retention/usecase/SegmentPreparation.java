package app.retention.usecase;

import app.retention.domain.CustomerValue;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.domain.ScoreRunRecord;
import app.retention.model.ModelCatalog;
import app.retention.model.ScoringService;
import app.retention.segment.BandBasis;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomers;
import app.retention.segment.ScoringSummary;
import app.retention.segment.Segment;
import app.retention.segment.SegmentService;
import app.retention.segment.StreamedSegment;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Score or reuse, then risk bands, customer value and customers: the one way from a dataset and a model to customers
 * a segment is cut from, for the CLI and the Segments screen alike, so both show the same numbers.
 */
public final class SegmentPreparation {

    private final Workspace workspace;
    private final ModelCatalog catalog;
    private final ScoringService scoring;
    private final SegmentService segments;
    private final Consumer<ScoreRunRecord> scored;

    /** @param scored told of every new scoring, in the step that is taken back when it fails (models in use) */
    SegmentPreparation(ModelCatalog catalog, ScoringService scoring, SegmentService segments,
                       Consumer<ScoreRunRecord> scored) {
        this.workspace = catalog.workspace();
        this.catalog = catalog;
        this.scoring = scoring;
        this.segments = segments;
        this.scored = scored;
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
        PreparedScoring scored = score(dataset, modelId, cutoffs, value, context);
        if (scored.reused()) {
            return read(scored, context);
        }
        return takenBackOnFailure(scored.scoring(), () -> {
            PreparedSegment prepared = read(scored, context);
            context.checkCancelled(); // a cancel asked for while the scores were saved or read still counts
            return prepared;
        });
    }

    /**
     * Scores {@code dataset} as {@link #prepare} does (or reuses the newest scoring) and cuts the risk bands, but
     * reads no customer: for a caller that streams them ({@code SegmentService.save}). When the step after fails,
     * {@link #discard(PreparedScoring)} takes a fresh scoring back.
     */
    public PreparedScoring score(DatasetInfo dataset, long modelId, List<Double> cutoffs, ValueChoice value,
                                 TaskContext context) {
        ModelRecord model = catalog.record(modelId);
        resolve(dataset, value); // a wrong value column is refused before scoring
        ScoreRunRecord existing = workspace.scores().latest(dataset.name(), dataset.version(), modelId).orElse(null);
        if (existing != null) {
            return banded(dataset, model, existing, true, cutoffs, value);
        }
        ScoreRunRecord run = scoring.score(dataset, modelId, true, context).run();
        return takenBackOnFailure(run, () -> {
            scored.accept(run);
            PreparedScoring prepared = banded(dataset, model, run, false, cutoffs, value);
            context.checkCancelled();
            return prepared;
        });
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

    /** As {@link #discard(PreparedSegment)}, for a scoring {@link #score} stored. */
    public void discard(PreparedScoring scored) {
        if (!scored.reused()) {
            workspace.scores().delete(scored.scoring().id());
        }
    }

    /** Runs the step after a scoring was just stored; when it fails or is cancelled, the scoring is deleted again. */
    private <T> T takenBackOnFailure(ScoreRunRecord run, Supplier<T> step) {
        try {
            return step.get();
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
     * Scores {@code dataset} anew (the CLI's {@code score}) and counts its customers in the default bands, reading
     * them back a page at a time: a scoring of a million customers is reported in a small heap.
     *
     * @param reasons whether to work out three reasons per customer
     */
    public ScoringReport scoreAgain(DatasetInfo dataset, long modelId, boolean reasons, TaskContext context) {
        ModelRecord model = catalog.record(modelId);
        ScoreRunRecord run = scoring.score(dataset, modelId, reasons, context).run();
        return takenBackOnFailure(run, () -> {
            scored.accept(run);
            PreparedScoring prepared = banded(dataset, model, run, false, null, ValueChoice.none());
            ScoringSummary summary = segments.summarize(run, prepared.bands(), context);
            context.checkCancelled();
            return new ScoringReport(run, prepared.bands(), summary,
                    prepared.backtest(summary.outcomesKnown(), summary.alreadyChurned()));
        });
    }

    private PreparedScoring banded(DatasetInfo dataset, ModelRecord model, ScoreRunRecord run, boolean reused,
                                   List<Double> cutoffs, ValueChoice value) {
        boolean inSample = Backtest.of(model, run, 0, 0).inSample();
        BandBasis basis = new BandBasis(catalog.validationScores(model.id()), inSample);
        RiskBands bands = basis.at(cutoffs);
        return new PreparedScoring(dataset, model, run, reused, basis, bands, resolve(dataset, value));
    }

    private CustomerValue resolve(DatasetInfo dataset, ValueChoice value) {
        return value.resolve(workspace.datasets().columns(dataset), workspace.datasets().customerValue(dataset.name()));
    }

    private PreparedSegment read(PreparedScoring scored, TaskContext context) {
        ScoredCustomers read = segments.read(scored.scoring(), scored.bands(), scored.value(), context);
        return new PreparedSegment(scored.dataset(), scored.model(), scored.scoring(), scored.reused(), scored.basis(),
                scored.bands(), scored.value(), read.customers(),
                scored.backtest(read.outcomesKnown(), read.alreadyChurned()));
    }

    /** The columns of a dataset version, as customers' attributes name them. */
    public List<app.retention.domain.ColumnInfo> columns(DatasetInfo dataset) {
        return workspace.datasets().columns(dataset);
    }

    /** Whether a saved segment's scoring was a backtest, and how many customers were left out of it. */
    public Backtest backtestOf(Segment segment) {
        return backtestOf(segment.outline());
    }

    /** As {@link #backtestOf(Segment)}, for a segment whose customers were streamed. */
    public Backtest backtestOf(StreamedSegment segment) {
        ModelRecord model = workspace.models().find(segment.scoring().modelId()).orElse(null);
        return Backtest.of(model, segment.scoring(), segment.outcomesKnown(), segment.alreadyChurned());
    }
}
