package app.retention.usecase;

import app.retention.campaign.CampaignRequest;
import app.retention.campaign.CampaignService;
import app.retention.campaign.OutcomeLabels;
import app.retention.data.DatasetCatalog;
import app.retention.data.ImportResult;
import app.retention.data.ImportService;
import app.retention.data.SampleData;
import app.retention.domain.CampaignRecord;
import app.retention.explore.ExploreService;
import app.retention.export.ExportResult;
import app.retention.export.ExportLog;
import app.retention.export.SegmentExports;
import app.retention.model.ModelCatalog;
import app.retention.model.ModelException;
import app.retention.model.ModelSchema;
import app.retention.model.ModelService;
import app.retention.model.ScoringService;
import app.retention.segment.KnownOutcome;
import app.retention.segment.SegmentService;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The composition root (ADR 0006): the services of one open workspace, built once and handed to the desktop app
 * and to the CLI commands, so both run the same objects. It owns the thread pools (training folds, scoring
 * chunks); closing it stops them. The workspace itself belongs to whoever opened it.
 */
public final class Workbench implements AutoCloseable {

    private final Workspace workspace;
    private final DatasetCatalog datasets;
    private final ImportService imports;
    private final ExploreService explore;
    private final ModelCatalog catalog;
    private final ModelService training;
    private final ExecutorService scoringPool;
    private final ScoringService scoring;
    private final SegmentService segments;
    private final SegmentPreparation preparation;
    private final SegmentExports exports;
    private final ExportLog exportLog;
    private final CampaignService campaigns;
    private final OutcomeLabels outcomeLabels;
    private final ModelsInService inService;
    private final Monitoring monitoring;
    private final DecaySeries decay;
    private final BandMigration migration;
    private final CustomerCards customers;
    private final ModelTuning tuning;
    private final UpliftModels uplift;
    private final CallOrders callOrders;

    /** Services on {@code workspace} with pools as wide as the machine's cores. */
    public Workbench(Workspace workspace) {
        this(workspace, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** @param threads training folds and scoring chunks run at once, each */
    public Workbench(Workspace workspace, int threads) {
        this.workspace = workspace;
        this.datasets = new DatasetCatalog(workspace);
        this.imports = new ImportService(workspace.datasets());
        this.explore = new ExploreService(workspace);
        this.catalog = new ModelCatalog(workspace);
        this.training = new ModelService(catalog, threads);
        this.tuning = new ModelTuning(training);
        this.scoringPool = ScoringService.pool(threads);
        this.scoring = new ScoringService(catalog, scoringPool);
        this.segments = new SegmentService(workspace, this::knownOutcome);
        this.inService = new ModelsInService(workspace, catalog, scoring);
        this.monitoring = new Monitoring(workspace, catalog, inService);
        this.decay = new DecaySeries(workspace, catalog, inService);
        this.preparation = new SegmentPreparation(catalog, scoring, segments, inService::recordScoring);
        this.exports = new SegmentExports(workspace, appVersion());
        this.migration = new BandMigration(workspace, catalog, inService, exports);
        this.customers = new CustomerCards(workspace, catalog);
        this.exportLog = new ExportLog(workspace);
        this.campaigns = new CampaignService(workspace, segments, datasets);
        this.outcomeLabels = new OutcomeLabels(workspace, campaigns, datasets, imports);
        this.uplift = new UpliftModels(workspace, campaigns, datasets);
        this.callOrders = new CallOrders(workspace);
    }

    /** This build's version, as files and provenance record it; "development build" outside a packaged jar. */
    public static String appVersion() {
        String version = Workbench.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
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

    /** The workspace's folder (exports, samples and backups live beneath it). */
    public Path directory() {
        return workspace.directory();
    }

    /**
     * What the user should hear about how the workspace was opened: that it was rebuilt because its last session
     * did not close it (see {@link Workspace#rebuiltAfterUncleanClose}); empty after a clean close.
     */
    public Optional<String> openingNotice() {
        return workspace.rebuiltAfterUncleanClose().map(copy -> "The workspace was not closed properly last time "
                + "(the program was stopped or the computer went off), so it was rebuilt from its own contents: "
                + "everything saved before is there. The file as it was is kept in " + copy + ".");
    }

    /** Stored datasets: listing, rows, renaming, deleting. */
    public DatasetCatalog datasets() {
        return datasets;
    }

    /** Importing CSV, Excel and ARFF files. */
    public ImportService imports() {
        return imports;
    }

    /** Profiles, drivers, warnings, distributions and cross-tables. */
    public ExploreService explore() {
        return explore;
    }

    /** Whether the desktop app should import the sample: the first run of a workspace with no data. */
    public boolean offersSampleData() {
        return SampleData.offeredTo(workspace);
    }

    /** Imports the bundled sample snapshots into this workspace. */
    public List<ImportResult> importSampleData(TaskContext context) throws IOException {
        return SampleData.importBundled(workspace, context);
    }

    /**
     * The sample's demo campaign (see {@link DemoCampaign}): after the first-run import, in the background (it
     * trains a model and scores a snapshot). Empty when it exists already or the sample snapshots are gone.
     */
    public Optional<CampaignRecord> prepareDemoCampaign(TaskContext context) {
        return DemoCampaign.prepare(this, context);
    }

    /** Stored models: lookups, schemas, calibration, validation scores. */
    public ModelCatalog models() {
        return catalog;
    }

    /** Training and comparing models (owns the folds' pool). */
    public ModelService training() {
        return training;
    }

    /** "Find the best model in N minutes": the tuner, on the training pool (docs/adr/0022). */
    public ModelTuning tuning() {
        return tuning;
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

    /** Call lists, segment lists and campaign briefs, each recorded in the export log. */
    public SegmentExports exports() {
        return exports;
    }

    /** What was exported, when, from which segment and model. */
    public ExportLog exportLog() {
        return exportLog;
    }

    /** Campaigns: created from segments, their outcomes and readouts. */
    public CampaignService campaigns() {
        return campaigns;
    }

    /**
     * Creates the campaign a list just exported launches, linked to that list's entry in the export log: what
     * {@code export calllist --campaign} and the Segments screen's "Launch as a campaign" both do. Check the name
     * with {@link CampaignService#checkNewName} before writing the list, so that a taken name leaves no file behind.
     */
    public CampaignRecord launchCampaign(CampaignRequest request, ExportResult exported, TaskContext context) {
        return campaigns.create(request.withExport(exportIdOf(exported)), context);
    }

    /**
     * Launches a model-vs-rule campaign ({@code request.rule()} set) and writes its call list: the customers its
     * model's and rule's groups contact, as {@code campaign create --rule} draws them (docs/adr/0027); the Export
     * tab's "Also call a group picked by our usual rule". When the list cannot be written, the campaign is taken back.
     */
    public RuleArmLaunch.Launched launchWithRule(CampaignRequest request, app.retention.segment.Segment segment,
                                                 app.retention.segment.CampaignEconomics economics, Path out,
                                                 boolean personalData, String user, TaskContext context) {
        return new RuleArmLaunch(workspace, campaigns, exports, this::exportIdOf).launch(request, segment, economics,
                out, personalData, user, context);
    }

    /** The export-log entry of a list just written, or null. */
    private Long exportIdOf(ExportResult exported) {
        return exportLog.entries().stream()
                .filter(e -> e.sha256().equals(exported.sha256())
                        && Path.of(e.file()).toAbsolutePath().equals(exported.file().toAbsolutePath()))
                .map(e -> e.id()).max(Long::compare).orElse(null);
    }

    /** A campaign's outcomes as a labelled dataset, ready for retraining (issue 15 §4). */
    public OutcomeLabels outcomeLabels() {
        return outcomeLabels;
    }

    /** Uplift models learnt from campaigns: who responds, measured against churn risk (docs/adr/0023). */
    public UpliftModels uplift() {
        return uplift;
    }

    /** Who comes first on a segment's call list: churn risk, or persuadables first (docs/adr/0027). */
    public CallOrders callOrders() {
        return callOrders;
    }

    /** The loop at a glance: churn trend, value at risk, model in use, campaigns, what needs attention. */
    public Overview overview() {
        return new Overview(this);
    }

    /** Use cases, their models in use, promotions, rollbacks and the log (issue 16). */
    public ModelsInService inService() {
        return inService;
    }

    /** Drift and decay of a model on later snapshots (issue 16). */
    public Monitoring monitoring() {
        return monitoring;
    }

    /** A model's realised figures over the snapshots and campaigns with outcomes, against its baselines. */
    public DecaySeries decay() {
        return decay;
    }

    /** Band migration between two scorings of the same customers, and the customers newly at risk. */
    public BandMigration migration() {
        return migration;
    }

    /** The customer card: one customer across snapshots, scorings, segments and campaigns. */
    public CustomerCards customers() {
        return customers;
    }

    /** Stops the pools; the workspace stays open. */
    @Override
    public void close() {
        training.close();
        scoringPool.shutdownNow();
    }
}
