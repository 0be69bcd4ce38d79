package app.retention.ui;

import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.task.TaskRunner;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.FxDialogs;
import app.retention.ui.common.UserMessages;
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
    }

    /** The main window's view, once started: tests and the screenshot launcher open the import wizard on a file. */
    public MainWindowView view() {
        return view;
    }

    /** The main window's model, once started: tests and the screenshot launcher drive the screens through it. */
    public MainWindowViewModel model() {
        return model;
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
