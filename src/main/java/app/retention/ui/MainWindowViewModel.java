package app.retention.ui;

import app.retention.data.ImportResult;
import app.retention.domain.DatasetInfo;
import app.retention.task.TaskRunner;
import app.retention.ui.campaigns.CampaignsViewModel;
import app.retention.ui.campaigns.OutcomeSourceViewModel;
import app.retention.ui.overview.OverviewViewModel;
import app.retention.usecase.OverviewReport;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.Formats;
import app.retention.ui.common.StatusBarViewModel;
import app.retention.ui.data.ColumnFixesViewModel;
import app.retention.ui.data.DataViewModel;
import app.retention.ui.explore.ExploreViewModel;
import app.retention.ui.exports.ExportsViewModel;
import app.retention.ui.imports.ImportWizardViewModel;
import app.retention.ui.customer.CustomerCardViewModel;
import app.retention.ui.models.InServiceViewModel;
import app.retention.ui.models.ModelsViewModel;
import app.retention.ui.monitor.MonitorViewModel;
import app.retention.ui.segments.SegmentsViewModel;
import app.retention.usecase.Workbench;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;
import java.util.List;

/**
 * The main window: which screen is shown, the status bar, and the screens' models, all on the services of one
 * open workspace (the composition root, {@link Workbench}, which the app owns and closes).
 */
public final class MainWindowViewModel {

    private final Workbench services;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final StatusBarViewModel statusBar;
    private final DataViewModel data;
    private final ColumnFixesViewModel fixes;
    private final ExploreViewModel explore;
    private final ModelsViewModel models;
    private final SegmentsViewModel segments;
    private final ExportsViewModel exports;
    private final CampaignsViewModel campaigns;
    private final OutcomeSourceViewModel outcomeSources;
    private final OverviewViewModel overview;
    private final MonitorViewModel monitor;
    private final InServiceViewModel inService;
    private final CustomerCardViewModel customerCard;
    private boolean openingCampaign;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.DATA);

    /** @param dialogs how the screens ask the user for files and confirmations */
    public MainWindowViewModel(Workbench services, TaskRunner runner, Dialogs dialogs) {
        this.services = services;
        this.dialogs = dialogs;
        this.tasks = new BackgroundTasks(runner);
        this.statusBar = new StatusBarViewModel(tasks);
        this.data = new DataViewModel(services.datasets(), tasks, statusBar, dialogs);
        data.noticeProperty().addListener((obs, was, now) -> statusBar.showNotice(now));
        this.fixes = new ColumnFixesViewModel(services.explore(), tasks, statusBar, data::reloadDetail);
        data.selectedProperty().addListener((obs, was, now) -> fixes.show(now));
        fixes.noticeProperty().addListener((obs, was, now) -> statusBar.showNotice(now));
        this.explore = new ExploreViewModel(services.explore(), services.datasets(), tasks, statusBar, dialogs);
        explore.noticeProperty().addListener((obs, was, now) -> statusBar.showNotice(now));
        // folds of one training run in parallel on the Workbench's pool, beside the screens' task runner
        this.models = new ModelsViewModel(services.training(), services.datasets(), tasks, statusBar, dialogs,
                services.tuning());
        models.noticeProperty().addListener((obs, was, now) -> statusBar.showNotice(now));
        models.onScoreWith(this::scoreWith);
        this.segments = new SegmentsViewModel(services, tasks, statusBar, dialogs);
        segments.noticeProperty().addListener((obs, was, now) -> statusBar.showNotice(now));
        segments.export().launch().onOpenCampaign(this::openCampaign);
        this.exports = new ExportsViewModel(services.exportLog(), services.campaigns(), tasks, statusBar,
                statusBar::showNotice);
        this.campaigns = new CampaignsViewModel(services.campaigns(), services.uplift(), tasks, statusBar,
                statusBar::showNotice, dialogs);
        this.overview = new OverviewViewModel(services::overview, tasks, statusBar, this::openFromOverview,
                LocalDate::now);
        screen.addListener((obs, was, now) -> {
            if (now == Screen.OVERVIEW) {
                overview.refresh();
            } else if (was == Screen.OVERVIEW) {
                overview.cancel(); // readouts and profiles would keep a worker busy for a screen not shown
            }
        });
        this.outcomeSources = new OutcomeSourceViewModel(services.campaigns(), services.datasets(), tasks, statusBar,
                dialogs);
        this.monitor = new MonitorViewModel(services, tasks, statusBar, dialogs, statusBar::showNotice);
        this.customerCard = new CustomerCardViewModel(services.customers(), tasks);
        this.inService = new InServiceViewModel(services, tasks, statusBar, dialogs, statusBar::showNotice);
        // a search by name or e-mail reads personal data: only while the Data screen shows it
        customerCard.personalDataShownProperty().bind(data.showPersonalDataProperty());
        // models, datasets and exports may have changed elsewhere: Segments and Exports read again when shown
        screen.addListener((obs, was, now) -> {
            if (now == Screen.MONITOR) {
                monitor.refresh();
            } else if (now == Screen.MODELS) {
                inService.refresh();
            }
            if (now == Screen.SEGMENTS) {
                segments.refresh();
            } else if (now == Screen.EXPORTS) {
                exports.refresh();
            } else if (now == Screen.CAMPAIGNS && !openingCampaign) {
                campaigns.refresh();
            }
        });
        // an error belongs to the screen it happened on: going elsewhere takes it from the bar (not from the history)
        screen.addListener((obs, was, now) -> statusBar.navigated());
        // Explore and Models read a dataset only while shown, starting from the Data screen's choice
        screen.addListener((obs, was, now) -> followData());
        data.datasets().addListener((javafx.collections.ListChangeListener<DatasetInfo>) change -> followData());
        data.selectedProperty().addListener((obs, was, now) -> followData());
        // a dataset chosen on Explore or Models is the Data screen's selection too
        explore.datasetProperty().addListener((obs, was, now) -> chosenOn(Screen.EXPLORE, now));
        models.datasetProperty().addListener((obs, was, now) -> chosenOn(Screen.MODELS, now));
    }

    private void chosenOn(Screen on, DatasetInfo chosen) {
        if (screen.get() == on && chosen != null && !chosen.equals(data.selectedProperty().get())) {
            data.selectedProperty().set(chosen);
        }
    }

    private void followData() {
        if (screen.get() == Screen.EXPLORE) {
            explore.follow(List.copyOf(data.datasets()), data.selectedProperty().get());
        } else if (screen.get() == Screen.MODELS) {
            models.follow(List.copyOf(data.datasets()), data.selectedProperty().get());
        }
    }

    /**
     * Shows the datasets; on the first run of an empty workspace, imports the bundled sample data in the background
     * (a workspace that already holds the user's data is left alone).
     */
    public void start(boolean offerSampleData) {
        statusBar.showNotice(services.openingNotice()
                .orElse("Tip: drop a CSV, Excel or ARFF file on this window to import it."));
        data.refresh();
        // a workspace with data opens on the loop at a glance (read in the background, as every read of the store)
        tasks.submit("Opening the overview", ctx -> !services.datasets().list().isEmpty(), hasData -> {
            if (hasData && screen.get() == Screen.DATA) {
                screen.set(Screen.OVERVIEW);
            }
        }, statusBar::report);
        if (offerSampleData && services.offersSampleData()) {
            data.busyWith("Importing the sample data (three monthly snapshots of a mobile-commerce app)…");
            tasks.submit("Importing sample data", services::importSampleData, results -> {
                data.busyWith("");
                sampleDataImported(results);
            }, failure -> {
                data.busyWith("");
                statusBar.report(failure);
            });
        }
    }

    private void sampleDataImported(List<ImportResult> results) {
        statusBar.showNotice("Sample data imported: " + results.size() + " datasets to explore.");
        // the newest snapshot a model can be trained on; the current month (no churn target) is for scoring
        data.refresh(results.stream().map(ImportResult::dataset).filter(d -> d.targetColumn() != null)
                .reduce((older, newer) -> newer).map(DatasetInfo::id).orElse(-1L));
        // the Campaigns screen's example: a model, a segment and a campaign read out, made as a user would
        tasks.submit("Preparing the demo campaign", services::prepareDemoCampaign, made -> made.ifPresent(c -> {
            statusBar.showNotice("Sample data imported, with a demo campaign: see what it saved on the Campaigns "
                    + "screen (Ctrl+6).");
            campaigns.refresh();
            if (screen.get() == Screen.OVERVIEW) {
                overview.refresh();
            } else if (screen.get() == Screen.MONITOR) {
                monitor.refresh();
            } else if (screen.get() == Screen.MODELS) {
                inService.refresh();
            }
        }), statusBar::report);
    }

    /**
     * The Segments screen with this model chosen: the step after training (finding M12). Showing the screen reads
     * its models again; choosing waits for that reading.
     */
    public void scoreWith(long modelId) {
        screen.set(Screen.SEGMENTS);
        segments.refresh(() -> segments.chooseModel(modelId));
    }

    /** The screen an item of the overview leads to, with its campaign when it names one. */
    private void openFromOverview(OverviewReport.Attention item) {
        if (item.place() == OverviewReport.Place.CAMPAIGNS && item.target() != null) {
            openCampaign(item.target());
        } else {
            screen.set(Screen.valueOf(item.place().name()));
        }
    }

    /** The overview screen: the loop at a glance. */
    public OverviewViewModel overview() {
        return overview;
    }

    /** The Campaigns screen showing the campaign of that name (the Exports screen's "Open campaign"). */
    public void openCampaign(String name) {
        openingCampaign = true;
        screen.set(Screen.CAMPAIGNS);
        openingCampaign = false;
        campaigns.open(name);
    }

    /** A fresh import wizard model for this workspace. */
    public ImportWizardViewModel newImportWizard() {
        return new ImportWizardViewModel(services.imports(), tasks, dialogs);
    }

    /** After the wizard: show the Data screen with the imported dataset selected. */
    public void imported(ImportResult result) {
        DatasetInfo d = result.dataset();
        screen.set(Screen.DATA);
        statusBar.showNotice(result.unchanged()
                ? d.name() + " version " + d.version() + " already holds this file; nothing was imported."
                : "Imported " + d.name() + " version " + d.version() + ": " + Formats.count(d.rowsImported())
                + " rows" + (d.rowsRejected() > 0 ? ", " + Formats.count(d.rowsRejected()) + " quarantined." : "."));
        data.refresh(d.id());
        // the step after an import is checking what the workbench found in it (finding M12)
        if (!result.unchanged()) {
            data.checkWarningsNext(d);
        }
    }

    /** The Data screen's next-step button: Explore, on its Warnings tab right after an import. */
    public void nextFromData() {
        boolean warnings = data.nextStep() == DataViewModel.NextStep.CHECK_WARNINGS;
        data.nextStepTaken();
        screen.set(Screen.EXPLORE);
        if (warnings) {
            explore.showWarnings();
        }
    }

    public String workspacePath() {
        return services.directory().toString();
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    public DataViewModel data() {
        return data;
    }

    /** Roles changed after import and the applied fixes of the dataset on the Data screen. */
    public ColumnFixesViewModel fixes() {
        return fixes;
    }

    public ExploreViewModel explore() {
        return explore;
    }

    public ModelsViewModel models() {
        return models;
    }

    public SegmentsViewModel segments() {
        return segments;
    }

    public ExportsViewModel exports() {
        return exports;
    }

    public CampaignsViewModel campaigns() {
        return campaigns;
    }

    /** Where a campaign's outcomes come from, when not a file whose columns are found by name. */
    public OutcomeSourceViewModel outcomeSources() {
        return outcomeSources;
    }

    /** The Monitor screen: drift, band migration and decay of the model in use. */
    public MonitorViewModel monitor() {
        return monitor;
    }

    /** The Models screen's model in use, promotion, rollback and history. */
    public InServiceViewModel inService() {
        return inService;
    }

    /** The customer card, found by id (or by name or e-mail while personal data is shown). */
    public CustomerCardViewModel customerCard() {
        return customerCard;
    }

    /** The version written into exports' provenance: the jar's, or "development build". */
}
