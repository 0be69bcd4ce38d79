package app.retention.ui.walk;

import app.retention.domain.ExportKind;
import app.retention.data.SampleData;
import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.Screen;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.models.LeaderboardRow;
import app.retention.ui.segments.DatasetChoice;
import app.retention.ui.segments.ModelChoice;
import app.retention.ui.segments.SegmentExportViewModel;
import app.retention.ui.segments.SegmentsView;
import app.retention.ui.testing.ChartSeries;
import app.retention.ui.testing.FxRead;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.ui.testing.TestFiles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's whole first pass (issue 12, "How it is shown"), through the GUI at 1280×720 with the default
 * choices and no typed path: a workspace holding the sample data, as the first run leaves it; a CSV imported
 * through the wizard; the default learners trained; a click between two models that the charts follow; scoring
 * with the default dataset (the current snapshot, not the training data); a segment saved; a call list and a brief
 * exported to the proposed location.
 */
@Tag("slow")
class FirstPassGuiTest {

    private static final int CUSTOMERS = 3000;

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void start() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            SampleData.importBundled(workspace, TaskContext.silent()); // what the first run does
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(dir.resolve("ws"),
                new PooledTaskRunner(2, Platform::runLater), dialogs));
        Stage stage = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Retention")).findFirst().orElseThrow();
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void importTrainCompareScoreSaveAndExportWithTheDefaultChoices() throws Exception {
        // a CSV of the user's own: October's first customers, with the churn target
        List<String> october = Files.readAllLines(Path.of(System.getProperty("retention.sampleData", "sample-data"))
                .resolve("mcommerce_2026_10.csv"));
        Path file = TestFiles.write(dir, "october customers.csv", october.subList(0, CUSTOMERS + 1));
        // a workspace with data opens on the overview; the walk starts on the Data screen
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ((WorkbenchApp) app).model().screenProperty().get()
                == Screen.OVERVIEW);
        robot.clickOn("#dataNav");
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.choose(file);
        robot.clickOn("Import…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#startImportButton").tryQuery()
                .map(button -> !button.isDisabled()).orElse(false));
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo("october_customers");
        robot.clickOn("#startImportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#startImportButton").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dataset-table").queryAs(TableView.class)
                .getItems().size() == 4);

        // train the learners ticked to start with (logistic regression and XGBoost beside the baselines)
        robot.clickOn("Models");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> String.valueOf(robot.lookup(".dataset-choice")
                .queryComboBox().getValue()).contains("october_customers"));
        assertWithinWindow("#trainButton");
        robot.clickOn("#trainButton");
        TableView<?> board = robot.lookup(".leaderboard").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> learners(board).containsAll(
                List.of("logistic", "xgboost", "zeror", "rules")) && !robot.lookup("#trainButton").query().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        // click between the two models: the ROC chart follows each click
        ChartViewer roc = robot.lookup(".chart-roc").queryAs(ChartViewer.class);
        String logistic = label(board, "logistic");
        String xgboost = label(board, "xgboost");
        robot.clickOn(row(logistic));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> seriesOf(roc).equals(List.of(logistic)));
        robot.clickOn(row(xgboost));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> seriesOf(roc).equals(List.of(xgboost)));

        // score with the clicked model: the default dataset is the current snapshot, not the training data
        robot.clickOn("Score customers →");
        long xgboostId = rowItem(board, "xgboost").run().id();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#modelCombo").queryComboBox()
                .getValue() instanceof ModelChoice m && m.id() == xgboostId);
        ComboBox<?> dataset = robot.lookup("#datasetCombo").queryComboBox();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dataset.getValue() != null);
        assertThat(((DatasetChoice) dataset.getValue()).dataset().name()).isEqualTo(SampleData.CURRENT);
        assertWithinWindow("#scoreButton");
        robot.clickOn("#scoreButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".band-high").match(n -> n.getScene()
                != null).tryQuery().isPresent());

        // a segment of the High band, saved (the band boxes are rebuilt when another scoring lands, e.g. the
        // first-run demo's: take the one on screen)
        robot.clickOn(robot.lookup(".band-high").match(n -> n.getScene() != null).queryAs(CheckBox.class));
        assertWithinWindow("#saveButton"); // the save row stays in sight below the builder (finding m9)
        robot.clickOn("#nameField").write("High risk November");
        robot.clickOn("#saveButton");
        SegmentsView segments = ((WorkbenchApp) app).view().segmentsView();
        SegmentExportViewModel export = segments.model().export();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> export.segmentProperty().get() != null);
        assertThat(segments.model().saving().savedTextProperty().get()).startsWith("Saved 'High risk November' · ");

        // the call list, to the location proposed: "Export…" beside the saved message opens the Export tab
        robot.clickOn("#exportLink");
        WaitForAsyncUtils.waitForFxEvents();
        String proposed = robot.lookup("#fileField").queryAs(TextField.class).getText();
        assertThat(proposed).isNotBlank();
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> export.resultProperty().get() != null);
        Path calls = export.resultProperty().get().file();
        assertThat(calls).exists().hasFileName(Path.of(proposed).getFileName().toString());
        assertThat(calls.getParent()).isEqualTo(dir.resolve("ws").resolve("exports").toAbsolutePath().normalize());
        assertThat(robot.lookup("#openFileButton").query().isVisible()).isTrue();
        assertThat(robot.lookup("#showInFolderButton").query().isVisible()).isTrue();
        assertThat(Files.readAllLines(calls).size()).isGreaterThan(1);

        // the brief, to the location proposed
        robot.clickOn("#kindCombo").clickOn(ExportKind.CAMPAIGN_BRIEF.title());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(export.kindProperty().get()).isEqualTo(ExportKind.CAMPAIGN_BRIEF);
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> export.resultProperty().get() != null
                && !export.resultProperty().get().file().equals(calls));
        Path brief = export.resultProperty().get().file();
        assertThat(brief).exists();
        assertThat(brief.getFileName().toString()).endsWith(".pdf");
        assertThat(Files.size(brief)).isGreaterThan(10_000);
    }

    /** The node lies inside the 1280×720 window: reachable without resizing or scrolling the window. */
    private void assertWithinWindow(String query) {
        Node node = robot.lookup(query).query();
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        assertThat(bounds.getMaxX()).as(query + " right edge").isLessThanOrEqualTo(node.getScene().getWidth());
        assertThat(bounds.getMaxY()).as(query + " bottom edge").isLessThanOrEqualTo(node.getScene().getHeight());
        assertThat(node.getScene().getWidth()).isLessThanOrEqualTo(1280);
    }

    private static List<String> learners(TableView<?> board) {
        return FxRead.of(() -> board.getItems().stream().map(r -> ((LeaderboardRow) r).learner()).toList());
    }

    private static LeaderboardRow rowItem(TableView<?> board, String learner) {
        return board.getItems().stream().map(r -> (LeaderboardRow) r).filter(r -> r.learner().equals(learner))
                .findFirst().orElseThrow();
    }

    private static String label(TableView<?> board, String learner) {
        return rowItem(board, learner).label();
    }

    private TableRow<?> row(String label) {
        return robot.lookup(".leaderboard .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof LeaderboardRow row && row.label().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    private static List<String> seriesOf(ChartViewer viewer) {
        return ChartSeries.of(viewer);
    }
}
