package app.retention.ui.models;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.data.SampleData;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.model.ModelService;
import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.Screen;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.testing.FxRead;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.ui.testing.TestFiles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeriesCollection;
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

/** A user trains two models on the sample data from the Models screen and sees both compared. */
class ModelsScreenGuiTest {

    private static final int CUSTOMERS = 1500;

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        // the first 1,500 customers of the September snapshot keep the test quick
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
    void trainingTwoLearnersShowsBothInTheLeaderboardAndOnTheRocChart() throws Exception {
        robot.clickOn("Models");
        ComboBox<?> dataset = robot.lookup(".dataset-choice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dataset.getValue() != null);

        // logistic regression and XGBoost are ticked to start with; XGBoost off keeps the test quick
        ListView<LearnerChoice> list = robot.lookup("#learnerList").queryListView();
        LearnerChoice xgboost = list.getItems().stream().filter(l -> l.spec().name().equals("xgboost")).findFirst()
                .orElseThrow();
        robot.interact(() -> list.scrollTo(xgboost));
        robot.clickOn("Gradient-boosted trees (XGBoost)");
        assertThat(xgboost.chosenProperty().get()).isFalse();
        robot.interact(() -> list.scrollTo(0));
        robot.clickOn("Naive Bayes");
        ChoiceBox<?> preset = robot.lookup("#presetChoice").queryAs(ChoiceBox.class);
        robot.clickOn(preset).clickOn("fast");
        Spinner<?> folds = robot.lookup("#foldsSpinner").queryAs(Spinner.class);
        // the spinner may sit below the fold of the Train panel's scroll area at this size: set it as typing would
        robot.interact(() -> ((Spinner<Integer>) folds).getValueFactory().setValue(3));
        robot.clickOn("Feature importance (slower)"); // off: keeps the test quick
        robot.clickOn("#trainButton");

        TableView<?> board = robot.lookup(".leaderboard").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> learners(board).containsAll(
                List.of("logistic", "naivebayes", "zeror", "rules")));
        assertThat(preset.getValue()).isEqualTo("fast");
        assertThat(board.getItems().stream().map(r -> ((LeaderboardRow) r).design())).contains("3-fold CV, seed 1");

        ChartViewer roc = robot.lookup(".chart-roc").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> roc.isVisible() && roc.getChart() != null
                && seriesOf(roc).containsAll(List.of("Logistic regression", "Naive Bayes")));
        assertThat(seriesOf(roc)).contains("Rule baseline", "No-skill reference (ZeroR)");
    }

    @Test
    void modelsTrainedAsTheScreenOpensAppearInTheTableWithoutLeavingTheScreen() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        // a board that has models already when the screen opens, as in a workspace used before
        try (Workspace workspace = Workspace.open(dir.resolve("ws"));
             ModelService service = new ModelService(workspace, 1)) {
            service.crossValidate(workspace.datasets().list().get(0), List.of(LearnerRequest.of("zeror"),
                    LearnerRequest.of("logistic")), new CvPlan(3, 1, 1, false, true), TaskContext.silent());
        }
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(dir.resolve("ws"),
                new PooledTaskRunner(2, Platform::runLater), new ScriptedDialogs()));
        ModelsViewModel models = ((WorkbenchApp) app).model().models();
        robot.interact(() -> ((WorkbenchApp) app).model().screenProperty().set(Screen.MODELS));
        // training starts the moment the stored board is read, while the screen is still opening
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> models.datasetProperty().get() != null
                && !models.loadingProperty().get());
        robot.interact(() -> {
            models.form().presetProperty().set("fast");
            models.form().choose(List.of("naivebayes"));
            models.train();
        });
        TableView<?> board = robot.lookup(".leaderboard").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> learners(board).containsAll(
                List.of("naivebayes", "logistic", "zeror", "rules"))
                && !robot.lookup("#trainButton").query().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> drawn = robot.lookup(".leaderboard .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> shown(r) && r.getItem() != null).map(r -> ((LeaderboardRow) r.getItem()).learner())
                .toList();
        assertThat(drawn).contains("naivebayes", "logistic", "zeror", "rules");
        assertThat(robot.lookup(".leaderboard .empty-message").tryQuery().filter(ModelsScreenGuiTest::shown)).isEmpty();
    }

    /** Visible with every parent up to the scene. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static List<String> learners(TableView<?> board) {
        return FxRead.of(() -> board.getItems().stream().map(r -> ((LeaderboardRow) r).learner()).toList());
    }

    private static List<String> seriesOf(ChartViewer viewer) {
        XYSeriesCollection data = (XYSeriesCollection) viewer.getChart().getXYPlot().getDataset();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            keys.add(data.getSeriesKey(i).toString());
        }
        return keys;
    }
}
