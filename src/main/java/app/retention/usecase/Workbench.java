package app.retention.usecase;

import app.retention.model.ModelCatalog;
import app.retention.model.ModelException;
import app.retention.model.ModelSchema;
import app.retention.model.ModelService;
import app.retention.model.ScoringService;
import app.retention.segment.KnownOutcome;
import app.retention.segment.SegmentService;
import app.retention.store.Workspace;

import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The composition root (ADR 0006): the services of one open workspace, built once and handed to the desktop app
 * and to the CLI commands, so both run the same objects. It owns the thread pools (training folds, scoring
 * chunks); closing it stops them. The workspace itself belongs to whoever opened it.
 */
public final class Workbench implements AutoCloseable {

    private final Workspace workspace;
    private final ModelCatalog catalog;
    private final ModelService training;
    private final ExecutorService scoringPool;
    private final ScoringService scoring;
    private final SegmentService segments;
    private final SegmentPreparation preparation;

    /** Services on {@code workspace} with pools as wide as the machine's cores. */
    public Workbench(Workspace workspace) {
        this(workspace, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** @param threads training folds and scoring chunks run at once, each */
    public Workbench(Workspace workspace, int threads) {
        this.workspace = workspace;
        this.catalog = new ModelCatalog(workspace);
        this.training = new ModelService(catalog, threads);
        this.scoringPool = ScoringService.pool(threads);
        this.scoring = new ScoringService(catalog, scoringPool);
        this.segments = new SegmentService(workspace, this::knownOutcome);
        this.preparation = new SegmentPreparation(catalog, scoring, segments);
    }

    /** How a dataset's target says a customer scored by this model already churned; empty for a deleted model. */
    private Optional<KnownOutcome> knownOutcome(long modelId) {
        try {
            ModelSchema schema = catalog.schema(modelId);
            return Optional.of(new KnownOutcome(schema.target(), schema.churnValue()));
        } catch (ModelException e) {
            return Optional.empty(); // a segment of a deleted model: nothing tells its churners apart
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Stored models: lookups, schemas, calibration, validation scores. */
    public ModelCatalog models() {
        return catalog;
    }

    /** Training and comparing models (owns the folds' pool). */
    public ModelService training() {
        return training;
    }

    /** Scoring datasets with stored models (on the scoring pool). */
    public ScoringService scoring() {
        return scoring;
    }

    /** Saving and loading segments; customers who already churned are left out. */
    public SegmentService segments() {
        return segments;
    }

    /** Score or reuse → bands → value → customers, for the CLI and the Segments screen. */
    public SegmentPreparation preparation() {
        return preparation;
    }

    /** Stops the pools; the workspace stays open. */
    @Override
    public void close() {
        training.close();
        scoringPool.shutdownNow();
    }
}
