package app.retention.ui.models;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.data.SampleData;
import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.ui.testing.TestFiles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user asks the Models screen to find the best XGBoost model with the default choices (5 minutes), sees the best
 * so far, stops after the first settings and finds the tuned model on the leaderboard (issue 14, point 3).
 */
class TuningGuiTest {

    private static final int CUSTOMERS = 300;

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("retention.sampleData", "sample-data"))
                .resolve(SampleData.FILES.get(0)));
        Path september = TestFiles.write(dir, "mcommerce_2026_09.csv", lines.subList(0, CUSTOMERS + 1));
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            new ImportService(workspace.datasets()).importFile(september,
                    new ImportOptions("mcommerce_2026_09", "churned_30d", null, false), TaskContext.silent());
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(dir.resolve("ws"),
                new PooledTaskRunner(2, Platform::runLater), new ScriptedDialogs()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void stoppingTheSearchKeepsTheBestSoFarAndPutsItOnTheLeaderboard() throws Exception {
        robot.clickOn("Models");
        ComboBox<?> dataset = robot.lookup(".dataset-choice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dataset.getValue() != null);
        Spinner<?> folds = robot.lookup("#foldsSpinner").queryAs(Spinner.class);
        // the spinner may sit below the fold of the Train panel's scroll area at this size: set it as typing would
        robot.interact(() -> ((Spinner<Integer>) folds).getValueFactory().setValue(3)); // three outer folds keep the test quick
        robot.clickOn("Feature importance (slower)");

        Spinner<?> minutes = robot.lookup("#minutesSpinner").queryAs(Spinner.class);
        assertThat(minutes.getValue()).isEqualTo(5);
        robot.clickOn("#findButton");

        Label progress = robot.lookup("#progressLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> progress.getText().contains("best so far"));
        assertThat(progress.getText()).contains("ROC AUC").contains("Learning rate");
        Label note = robot.lookup("#noteLabel").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("nested cross-validation").contains("never saw");
        Button stop = robot.lookup("#stopButton").queryAs(Button.class);
        assertThat(stop.isDisabled()).isFalse();
        robot.clickOn(stop);

        TableView<?> board = robot.lookup(".leaderboard").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> board.getItems().stream()
                .anyMatch(r -> ((LeaderboardRow) r).label().equals("Tuned gradient-boosted trees (XGBoost, 5 min)")));
        assertThat(progress.getText()).startsWith("Stored as model").contains("on folds the search never saw");
        LeaderboardRow tuned = board.getItems().stream().map(r -> (LeaderboardRow) r)
                .filter(r -> r.label().startsWith("Tuned")).findFirst().orElseThrow();
        assertThat(tuned.design()).isEqualTo("3-fold CV, seed 1");
        assertThat(tuned.run().details().tuning().stopped()).isTrue();
        assertThat(robot.lookup("#findButton").queryAs(Button.class).isDisabled()).isFalse();
    }
}
