package app.retention.ui.segments;

import app.retention.task.PooledTaskRunner;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.testing.ScriptedDialogs;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A user scores the current month, keeps the High band, saves the segment and exports a call list of 50 customers. */
class SegmentsScreenGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void start() throws Exception {
        SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(dir.resolve("ws"),
                new PooledTaskRunner(2, Platform::runLater), dialogs));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aScoringAndItsTicksAreStillThereAfterVisitingAnotherScreen() throws Exception {
        robot.clickOn("Segments");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#scoreButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".band-high").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".band-high").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        SegmentsViewModel segments = ((WorkbenchApp) app).view().segmentsView().model();
        var scored = segments.scoredProperty().get();
        String size = robot.lookup(".segment-size").queryAs(Label.class).getText();

        robot.clickOn("Data"); // finding m16: the scoring was forgotten on the way back
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Segments");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // the background re-read of models and datasets
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(segments.scoredProperty().get()).isSameAs(scored);
        assertThat(robot.lookup(".band-high").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup(".segment-size").queryAs(Label.class).getText()).isEqualTo(size);
    }

    @Test
    void scoringTickingHighSavingAndExportingWritesACallListOfTheCapacity() throws Exception {
        robot.clickOn("Segments");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#scoreButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".band-high").tryQuery().isPresent());
        Label size = robot.lookup(".segment-size").queryAs(Label.class);
        String everyone = size.getText();

        robot.clickOn(robot.lookup(".band-high").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(size.getText()).isNotEqualTo(everyone);
        // the builder scrolls: bring the save section into view, as a user would
        robot.interact(() -> robot.lookup(".builder-scroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nameField").write("high risk");
        robot.clickOn("#saveButton");
        SegmentExportViewModel export = ((WorkbenchApp) app).view().segmentsView().model().export();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> export.segmentProperty().get() != null);

        robot.interact(() -> ((WorkbenchApp) app).view().segmentsView().model().campaign().capacityProperty().set(50));
        robot.interact(() -> ((WorkbenchApp) app).view().segmentsView().showTab(SegmentsView.EXPORT_TAB));
        WaitForAsyncUtils.waitForFxEvents();
        // Browse…, and Save on what the chooser proposes: the workspace's exports folder and the segment's name
        dialogs.acceptProposed();
        robot.clickOn("#browseButton");
        Path out = dialogs.lastFileRequest().proposed();
        assertThat(out).isEqualTo(dir.resolve("ws").resolve("exports").resolve("high-risk-calls.csv").toAbsolutePath());
        assertThat(robot.lookup("#fileField").queryAs(TextField.class).getText()).isEqualTo(out.toString());
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> export.resultProperty().get() != null);

        assertThat(out).exists();
        long rows = Files.readAllLines(out).stream().skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertThat(rows).isEqualTo(50);
        Label notice = robot.lookup(".status-bar .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().contains("calls.csv")).findFirst().orElse(null);
        assertThat(notice).isNotNull();
        assertThat(notice.getText()).contains("50 rows");
    }
}
