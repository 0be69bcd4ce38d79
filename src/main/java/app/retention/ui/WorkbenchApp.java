package app.retention.ui;

import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.task.TaskRunner;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.FxDialogs;
import app.retention.ui.common.UserMessages;
import app.retention.ui.models.CurveKind;
import app.retention.usecase.Workbench;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The desktop app. Opens the workspace given by {@code --workspace DIR} (or the default one), shows the main
 * window and, on a workspace's first run, imports the sample data in the background.
 */
public final class WorkbenchApp extends Application {

    private static final String OPEN_IMPORT_PROPERTY = "retention.ui.openImport";
    private static final String SCREEN_PROPERTY = "retention.ui.screen";
    private static final String TAB_PROPERTY = "retention.ui.tab";
    private static final String CURVE_PROPERTY = "retention.ui.curve";
    private static final String TRAIN_PROPERTY = "retention.ui.train";
    private static final String PRESET_PROPERTY = "retention.ui.preset";
    private static final String FOCUS_PROPERTY = "retention.ui.focus";
    private static final String MORE_METRICS_PROPERTY = "retention.ui.moreMetrics";
    private static final String SEGMENTS_MODEL_PROPERTY = "retention.ui.segments.model";
    private static final String SEGMENTS_BANDS_PROPERTY = "retention.ui.segments.bands";
    private static final String SEGMENTS_DATASET_PROPERTY = "retention.ui.segments.dataset";
    private static final String SEGMENTS_TAB_PROPERTY = "retention.ui.segments.tab";
    private static final String SEGMENTS_SAVE_PROPERTY = "retention.ui.segments.save";
    private static final String SEGMENTS_EXPORT_PROPERTY = "retention.ui.segments.export";
    private static final String EXPORTS_CHECK_PROPERTY = "retention.ui.exports.check";
    private static final int TASK_THREADS = 3;

    private final Path fixedWorkspace;
    private final Supplier<TaskRunner> runnerFactory;
    private final boolean offerSampleData;
    private final Dialogs dialogs;
    private Workspace workspace;
    private Workbench services;
    private TaskRunner runner;
    private MainWindowViewModel model;
    private MainWindowView view;

    /** Used by {@link Application#launch}: workspace from the command line, a pooled task runner. */
    public WorkbenchApp() {
        this(null, () -> new PooledTaskRunner(TASK_THREADS, Platform::runLater), true, new FxDialogs());
    }

    private WorkbenchApp(Path workspace, Supplier<TaskRunner> runnerFactory, boolean offerSampleData,
                         Dialogs dialogs) {
        this.fixedWorkspace = workspace;
        this.runnerFactory = runnerFactory;
        this.offerSampleData = offerSampleData;
        this.dialogs = dialogs;
    }

    /** A database call on the JavaFX thread fails (tests): the screens must read in the background. */
    private boolean refuseDatabaseOnFxThread;

    /**
     * An app on a given workspace folder, task runner and dialogs, without the first-run sample import: for tests
     * ({@code FxToolkit.setupApplication(() -> WorkbenchApp.on(dir, runner, dialogs))}) and the screenshot launcher.
     */
    public static WorkbenchApp on(Path workspace, TaskRunner runner, Dialogs dialogs) {
        WorkbenchApp app = new WorkbenchApp(workspace, () -> runner, false, dialogs);
        app.refuseDatabaseOnFxThread = true;
        return app;
    }

    @Override
    public void start(Stage stage) {
        Path directory = fixedWorkspace != null ? fixedWorkspace : workspaceFrom(getParameters().getRaw());
        try {
            workspace = Workspace.open(directory);
        } catch (RuntimeException e) {
            // locked by another process, unwritable, or a broken database: say so and leave
            Alert alert = new Alert(Alert.AlertType.ERROR, UserMessages.describe(e));
            alert.setTitle("Retention Workbench");
            alert.setHeaderText("The workspace cannot be opened");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        if (refuseDatabaseOnFxThread) {
            workspace.refuseCallsOn(thread -> Platform.isFxApplicationThread());
        }
        runner = runnerFactory.get();
        services = new Workbench(workspace); // the composition root: built once per opened workspace
        model = new MainWindowViewModel(services, runner, dialogs);
        view = new MainWindowView(model);
        // sized to the screen it opens on (finding M1): never taller or wider than its visual bounds
        WindowPlacement place = WindowPlacement.within(
                javafx.stage.Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(view.root());
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("Retention Workbench — " + workspace.directory());
        stage.setMinWidth(place.minWidth());
        stage.setMinHeight(place.minHeight());
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        stage.show();
        model.start(offerSampleData);
        openScreenAsked(model);
        String openImport = System.getProperty(OPEN_IMPORT_PROPERTY);
        if (openImport != null) {
            // a hidden switch to show the wizard on a file, for reproducible screenshots
            view.openImportWizard(Path.of(openImport));
        }
    }

    /**
     * Hidden switches for reproducible screenshots: {@code -Dretention.ui.screen=explore -Dretention.ui.tab=1};
     * on Models, {@code -Dretention.ui.train=logistic,randomforest -Dretention.ui.preset=fast} trains those learners
     * when the dataset has none of them yet, {@code -Dretention.ui.focus=logistic} focuses that learner's row and
     * {@code -Dretention.ui.curve=gains} (or {@code model}, {@code importance}) shows a tab and
     * {@code -Dretention.ui.moreMetrics=true} shows the leaderboard's More metrics; on Exports,
     * {@code -Dretention.ui.exports.check=true} selects the newest export and checks every file.
     */
    private void openScreenAsked(MainWindowViewModel model) {
        if (Boolean.getBoolean(EXPORTS_CHECK_PROPERTY)) {
            model.exports().checkWhenLoaded();
        }
        String focus = System.getProperty(FOCUS_PROPERTY);
        if (focus != null) {
            model.models().focusOnShow(focus.trim());
        }
        if (Boolean.getBoolean(MORE_METRICS_PROPERTY)) {
            model.models().comparison().moreMetricsProperty().set(true);
        }
        String train = System.getProperty(TRAIN_PROPERTY);
        if (train != null) {
            model.models().form().presetProperty().set(System.getProperty(PRESET_PROPERTY, "balanced"));
            model.models().trainOnceShown(List.of(train.split(",")));
        }
        String curve = System.getProperty(CURVE_PROPERTY);
        if ("model".equals(curve)) {
            view.modelsView().showDetails();
        } else if ("importance".equals(curve)) {
            view.modelsView().showImportance();
        } else if (curve != null) {
            view.modelsView().showCurve(CurveKind.valueOf(curve.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        String screen = System.getProperty(SCREEN_PROPERTY);
        if (screen != null) {
            model.screenProperty().set(Screen.valueOf(screen.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        String tab = System.getProperty(TAB_PROPERTY);
        if (tab != null) {
            view.exploreView().showTab(Integer.parseInt(tab.trim()));
        }
        prepareSegmentsAsked();
    }

    /**
     * Hidden switches for the Segments screenshot: {@code -Dretention.ui.segments.model=1} chooses and scores with
     * model 1 (reusing its scoring), {@code -Dretention.ui.segments.dataset=mcommerce_2026_10} scores that dataset
     * instead of the proposed one, {@code -Dretention.ui.segments.bands=High,Medium} ticks those bands once the
     * customers are loaded, {@code -Dretention.ui.segments.tab=2} shows the Campaign tab;
     * {@code -Dretention.ui.segments.save=NAME} then saves the segment, and {@code -Dretention.ui.segments.export=FILE}
     * (or {@code proposed}, for the file the Export tab proposes) exports its call list.
     */
    private void prepareSegmentsAsked() {
        String modelId = System.getProperty(SEGMENTS_MODEL_PROPERTY);
        String tab = System.getProperty(SEGMENTS_TAB_PROPERTY);
        if (tab != null) {
            view.segmentsView().showTab(Integer.parseInt(tab.trim()));
        }
        if (modelId == null) {
            return;
        }
        app.retention.ui.segments.SegmentsViewModel segments = view.segmentsView().model();
        String bands = System.getProperty(SEGMENTS_BANDS_PROPERTY, "");
        String save = System.getProperty(SEGMENTS_SAVE_PROPERTY);
        String export = System.getProperty(SEGMENTS_EXPORT_PROPERTY);
        segments.scoredProperty().addListener((obs, was, now) -> {
            if (now != null && !bands.isBlank()) {
                segments.tickBands(List.of(bands.split(",")));
            }
            if (now != null && save != null && !save.isBlank()) {
                segments.nameProperty().set(save.strip());
                segments.save();
            }
        });
        if (export != null && !export.isBlank()) {
            segments.export().segmentProperty().addListener((obs, was, now) -> {
                if (now != null) {
                    if (!export.strip().equals("proposed")) {
                        segments.export().fileProperty().set(export.strip());
                    }
                    segments.export().export();
                }
            });
        }
        segments.refresh(() -> {
            segments.chooseModel(Long.parseLong(modelId.trim()));
            String dataset = System.getProperty(SEGMENTS_DATASET_PROPERTY);
            if (dataset != null) {
                segments.choice().chooseDataset(dataset.trim());
            }
            segments.score();
        });
    }

    /** The main window's view, once started; lets tests reach the import wizard without a native file chooser. */
    public MainWindowView view() {
        return view;
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (services != null) {
            services.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    /** {@code --workspace DIR} or {@code --workspace=DIR}; else the default workspace folder. */
    static Path workspaceFrom(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--workspace=")) {
                return Path.of(arg.substring("--workspace=".length()));
            }
            if (arg.equals("--workspace") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
        }
        return Workspace.defaultDirectory();
    }
}
