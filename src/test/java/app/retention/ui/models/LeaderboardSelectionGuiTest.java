package app.retention.ui.models;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.data.SampleData;
import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.segments.ModelChoice;
import app.retention.ui.testing.ChartSeries;
import app.retention.ui.testing.FxRead;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.ui.testing.TestFiles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The leaderboard is the Models screen's core interaction: a click selects one model, Ctrl+click adds one, the
 * arrow keys move, and the charts, the threshold and the Model tab follow every time.
 */
class LeaderboardSelectionGuiTest {

    private static final int CUSTOMERS = 1500;
    private static final String LOGISTIC = "Logistic regression";
    private static final String BAYES = "Naive Bayes";

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private TableView<?> board;
    private ChartViewer roc;

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
        trainLogisticAndNaiveBayes();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void trainLogisticAndNaiveBayes() throws Exception {
        robot.clickOn("Models");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".dataset-choice").queryComboBox().getValue() != null);
        // under load the learner list is laid out a moment after the dataset is chosen
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(BAYES).tryQuery().isPresent());
        robot.clickOn(BAYES); // logistic regression is ticked to start with
        ChoiceBox<?> preset = robot.lookup("#presetChoice").queryAs(ChoiceBox.class);
        robot.clickOn(preset).clickOn("fast");
        Spinner<?> folds = robot.lookup("#foldsSpinner").queryAs(Spinner.class);
        robot.doubleClickOn(folds.getEditor()).write("3");
        robot.clickOn("Feature importance (slower)");
        robot.clickOn("#trainButton");
        board = robot.lookup(".leaderboard").queryAs(TableView.class);
        roc = robot.lookup(".chart-roc").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> learners(board).containsAll(
                List.of("logistic", "naivebayes", "zeror", "rules"))
                && !robot.lookup("#trainButton").query().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickSelectsOneModelCtrlClickAddsOneAndTheArrowKeysMove() throws Exception {
        robot.clickOn(row(LOGISTIC));
        chartsShow(LOGISTIC);
        assertThat(selectedLabels()).containsExactly(LOGISTIC);
        assertThat(text(".threshold-pane .detail-title")).isEqualTo(LOGISTIC);

        robot.clickOn(row(BAYES));
        chartsShow(BAYES);
        assertThat(selectedLabels()).containsExactly(BAYES);
        assertThat(text(".threshold-pane .detail-title")).isEqualTo(BAYES);

        robot.press(KeyCode.CONTROL).clickOn(row(LOGISTIC)).release(KeyCode.CONTROL);
        chartsShow(LOGISTIC, BAYES);
        assertThat(selectedLabels()).containsExactlyInAnyOrder(LOGISTIC, BAYES);
        assertThat(text(".threshold-pane .detail-title")).isEqualTo(LOGISTIC);

        robot.clickOn(row(LOGISTIC));
        int below = board.getItems().indexOf(rowItem(LOGISTIC)) + 1;
        String next = ((LeaderboardRow) board.getItems().get(below)).label();
        robot.type(KeyCode.DOWN);
        chartsShow(next);
        assertThat(selectedLabels()).containsExactly(next);
        assertThat(text(".threshold-pane .detail-title")).isEqualTo(next);
    }

    @Test
    void scoreCustomersTakesTheClickedModelToTheSegmentsScreen() throws Exception {
        robot.clickOn(row("No-skill reference (ZeroR)"));
        assertThat(robot.lookup("Score customers →").queryButton().isDisabled()).as("ZeroR cannot rank").isTrue();

        robot.clickOn(row(BAYES));
        robot.clickOn("Score customers →");

        long bayes = ((LeaderboardRow) rowItem(BAYES)).run().id();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Object chosen = robot.lookup("#modelCombo").queryComboBox().getValue();
            return chosen instanceof ModelChoice m && m.id() == bayes;
        });
    }

    @Test
    void theModelTabFollowsTheClickedRow() throws Exception {
        robot.clickOn("Model");
        robot.clickOn(row(BAYES));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(".details-pane .detail-title").contains(BAYES));
        robot.clickOn(row(LOGISTIC));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(".details-pane .detail-title").contains(LOGISTIC));
    }

    @Test
    void aSelectedRowKeepsItsModelsColourDot() {
        robot.clickOn(row(LOGISTIC));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> selected = tableRow(LOGISTIC);
        Region swatch = (Region) selected.lookup(".series-swatch");
        Color dot = (Color) swatch.getBackground().getFills().get(0).getFill();
        assertThat(contrast(dot, rowBackground(selected))).isGreaterThan(2.0);
    }

    @Test
    void theSelectedLearnerIsReadableWithOrWithoutTheFocus() {
        // the learner list shows the parameters of its selected learner; the focus is on the leaderboard now
        robot.clickOn(row(LOGISTIC));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup(".learner-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(ListCell::isSelected).findFirst().orElseThrow();
        Color background = (Color) lastFill(cell).getFill();
        CheckBox name = (CheckBox) cell.lookup(".check-box");
        Label description = (Label) cell.lookup(".learner-description");
        assertThat(contrast((Color) name.getTextFill(), background)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast((Color) description.getTextFill(), background)).isGreaterThanOrEqualTo(4.5);
    }

    private void chartsShow(String... labels) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            List<String> shown = seriesOf(roc);
            return shown.size() == labels.length && shown.containsAll(List.of(labels));
        });
    }

    private Node row(String label) {
        return tableRow(label);
    }

    private TableRow<?> tableRow(String label) {
        return robot.lookup(".leaderboard .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof LeaderboardRow row && row.label().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    private Object rowItem(String label) {
        return board.getItems().stream().filter(r -> ((LeaderboardRow) r).label().equals(label)).findFirst()
                .orElseThrow();
    }

    private List<String> selectedLabels() {
        return board.getSelectionModel().getSelectedItems().stream().map(r -> ((LeaderboardRow) r).label()).toList();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Color rowBackground(TableRow<?> row) {
        return (Color) lastFill(row).getFill();
    }

    private static BackgroundFill lastFill(Region region) {
        List<BackgroundFill> fills = region.getBackground().getFills();
        return fills.get(fills.size() - 1);
    }

    /** WCAG contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static List<String> learners(TableView<?> board) {
        return FxRead.of(() -> board.getItems().stream().map(r -> ((LeaderboardRow) r).learner()).toList());
    }

    private static List<String> seriesOf(ChartViewer viewer) {
        return ChartSeries.of(viewer);
    }
}
