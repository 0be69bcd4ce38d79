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
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
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
    /** The desktop app opens its workspace off the JavaFX thread; tests and the screenshot launcher wait for it. */
    private final boolean openInBackground;
    private Workspace workspace;
    private Workbench services;
    private TaskRunner runner;
    private MainWindowViewModel model;
    private MainWindowView view;

    /** Used by {@link Application#launch}: workspace from the command line, a pooled task runner. */
    public WorkbenchApp() {
        this(null, () -> new PooledTaskRunner(TASK_THREADS, Platform::runLater), true, new FxDialogs(), true);
    }

    private WorkbenchApp(Path workspace, Supplier<TaskRunner> runnerFactory, boolean offerSampleData,
                         Dialogs dialogs, boolean openInBackground) {
        this.openInBackground = openInBackground;
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
        return on(workspace, runner, dialogs, false);
    }

    /**
     * As {@link #on(Path, TaskRunner, Dialogs)}; with {@code inBackground} the workspace is opened as the desktop
     * app opens it, off the JavaFX thread behind a "Checking the workspace…" window.
     */
    public static WorkbenchApp on(Path workspace, TaskRunner runner, Dialogs dialogs, boolean inBackground) {
        WorkbenchApp app = new WorkbenchApp(workspace, () -> runner, false, dialogs, inBackground);
        app.refuseDatabaseOnFxThread = true;
        return app;
    }

    @Override
    public void start(Stage stage) {
        Path directory = fixedWorkspace != null ? fixedWorkspace : workspaceFrom(getParameters().getRaw());
        if (!openInBackground) {
            opened(stage, openOrSay(directory));
            return;
        }
        // an open may rebuild a workspace left open by a crash (seconds, longer for a large one): never on the
        // JavaFX thread, and the user sees what is happening meanwhile
        stage.setScene(new Scene(checking(directory), 480, 160));
        stage.setTitle("Retention Workbench");
        stage.show();
        Thread opener = new Thread(() -> {
            Workspace open = openOrSay(directory);
            Platform.runLater(() -> opened(stage, open));
        }, "workspace-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** The window shown while the workspace is opened (and, after a crash, rebuilt). */
    private static Parent checking(Path directory) {
        Label title = new Label("Checking the workspace…");
        title.getStyleClass().add("detail-title");
        Label where = new Label(directory.toAbsolutePath().toString());
        where.setWrapText(true);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(36, 36);
        VBox box = new VBox(12, title, where, busy);
        box.setPadding(new Insets(24));
        return box;
    }

    /** The workspace opened, or null once the user has been told why it cannot be (and the app is leaving). */
    private Workspace openOrSay(Path directory) {
        try {
            return Workspace.open(directory);
        } catch (RuntimeException e) {
            // locked by another process, unwritable, or a broken database: say so and leave
            String why = UserMessages.describe(e);
            Runnable say = () -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, why);
                alert.setTitle("Retention Workbench");
                alert.setHeaderText("The workspace cannot be opened");
                alert.showAndWait();
                Platform.exit();
            };
            if (Platform.isFxApplicationThread()) {
                say.run();
            } else {
                Platform.runLater(say);
            }
            return null;
        }
    }

    /** The main window on an opened workspace (nothing when it could not be opened). */
    private void opened(Stage stage, Workspace open) {
        if (open == null) {
            return;
        }
        workspace = open;
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
