package app.retention.demo;

import app.retention.Launcher;
import app.retention.model.SerialFilterFactory;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.usecase.Workbench;
import javafx.application.Application;

import app.retention.data.ImportOptions;
import app.retention.data.sample.MobileCommerceGenerator;

import java.io.IOException;
import java.nio.file.Files;
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
        DemoOptions options = DemoOptions.parse(List.of(args));
        importSampleDataInto(options.workspace());
        if (options.has("november-outcomes")) {
            importNovemberOutcomesInto(options.workspace());
        }
        Application.launch(ScreenshotApp.class, args);
    }

    /**
     * November as it reads once December is over, imported as {@code mcommerce_2026_11_outcomes} when the workspace
     * has no dataset of that name yet: what {@code sample november-outcomes} and {@code import} do.
     */
    private static void importNovemberOutcomesInto(Path directory) throws IOException {
        try (Workspace workspace = Workspace.open(directory); Workbench services = new Workbench(workspace)) {
            if (workspace.datasets().find(NOVEMBER_OUTCOMES).isPresent()) {
                return;
            }
            Path folder = Files.createTempDirectory("november-outcomes");
            Path file = folder.resolve(NOVEMBER_OUTCOMES + ".csv");
            try {
                new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED).writeCurrentOutcomes(file, 20_000);
                services.imports().importFile(file, ImportOptions.defaults(), TaskContext.silent());
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder);
            }
        }
    }

    private static final String NOVEMBER_OUTCOMES = "mcommerce_2026_11_outcomes";

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
