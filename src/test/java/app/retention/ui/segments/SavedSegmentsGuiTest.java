package app.retention.ui.segments;

import app.retention.domain.ExportKind;
import app.retention.segment.SegmentListing;
import app.retention.task.PooledTaskRunner;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.testing.ScriptedDialogs;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
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

/**
 * Finding M6 as a user meets it: a segment saved today is in the Saved segments list, and after the app is
 * reopened it can be found there, chosen with Export… and exported again, the Export tab naming it.
 */
class SavedSegmentsGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        FxToolkit.registerPrimaryStage();
        launch();
    }

    private void launch() throws Exception {
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(dir.resolve("ws"),
                new PooledTaskRunner(2, Platform::runLater), new ScriptedDialogs()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private SegmentsView screen() {
        return ((WorkbenchApp) app).view().segmentsView();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> savedTable() {
        return robot.lookup(".saved-segments-table").queryAs(TableView.class);
    }

    /** The name of the segment the Export tab's "Segment to export" shows, or null. */
    private String segmentChoice() {
        Object value = robot.lookup("#segmentCombo").queryAs(ComboBox.class).getValue();
        return value == null ? null : ((SegmentListing) value).name();
    }

    @Test
    void aSegmentSavedBeforeARestartIsListedAndCanBeExportedAgain() throws Exception {
        robot.clickOn("Segments");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#scoreButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".band-high").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".band-high").queryAs(CheckBox.class));
        robot.interact(() -> robot.lookup(".builder-scroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nameField").write("high risk");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen().model().export().segmentProperty().get() != null);
        int size = screen().model().export().segmentProperty().get().customers().size();
        robot.interact(() -> screen().showTab(SegmentsView.EXPORT_TAB));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "high risk".equals(segmentChoice()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#segmentCombo").queryAs(ComboBox.class).getButtonCell().getText())
                .startsWith("high risk · ");
        robot.interact(() -> screen().showTab(SegmentsView.SAVED_TAB));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedTable().getItems().size() == 1);

        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        launch();
        robot.clickOn("Segments");
        robot.interact(() -> screen().showTab(SegmentsView.SAVED_TAB));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedTable().getItems().size() == 1);
        assertThat(screen().model().export().segmentProperty().get()).isNull();

        robot.clickOn("high risk");
        robot.clickOn("#exportSavedButton");
        SegmentExportViewModel export = screen().model().export();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> export.segmentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> chosen = robot.lookup("#segmentCombo").queryAs(ComboBox.class);
        assertThat(chosen.isVisible()).isTrue();
        assertThat(segmentChoice()).isEqualTo("high risk");
        assertThat(chosen.getButtonCell().getText()).startsWith("high risk · ");

        robot.interact(() -> export.kindProperty().set(ExportKind.SEGMENT_LIST));
        Path out = dir.resolve("high-again.csv");
        TextField file = robot.lookup("#fileField").queryAs(TextField.class);
        robot.interact(() -> file.setText(out.toString()));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> export.resultProperty().get() != null);

        assertThat(out).exists();
        assertThat(export.resultProperty().get().rows()).isEqualTo(size);
        assertThat(Files.readAllLines(out)).isNotEmpty();
    }
}
