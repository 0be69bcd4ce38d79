package app.retention.demo;

import app.retention.Launcher;
import app.retention.model.SerialFilterFactory;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.usecase.Workbench;
import javafx.application.Application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts {@link ScreenshotApp} with its arguments, for reproducible screenshots (docs/screenshots/README.md):
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) app.retention.demo.ScreenshotLauncher
 * --workspace DIR --screen models --tab Gains}. An empty workspace gets the sample data first. A plain main class, so a
 * class path without JavaFX modules runs it.
 */
public final class ScreenshotLauncher {

    private ScreenshotLauncher() {
    }

    public static void main(String[] args) throws IOException {
        SerialFilterFactory.installProcessWide(); // as the app's own launcher does, before anything is deserialised
        Launcher.quietWeka();
        importSampleDataInto(DemoOptions.parse(List.of(args)).workspace());
        Application.launch(ScreenshotApp.class, args);
    }

    /** Before any window opens, so that a screenshot tool waiting for the window waits for the import too. */
    private static void importSampleDataInto(Path directory) throws IOException {
        try (Workspace workspace = Workspace.open(directory); Workbench services = new Workbench(workspace)) {
            if (services.offersSampleData()) {
                services.importSampleData(TaskContext.silent());
                services.prepareDemoCampaign(TaskContext.silent()); // as the app's first run does, in the background
            }
        }
    }
}
