package app.retention.ui.monitor;

import app.retention.data.ImportOptions;
import app.retention.data.sample.MobileCommerceGenerator;
import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.ui.testing.FxRead;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.DecayReport;
import app.retention.usecase.Workbench;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
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
import static org.assertj.core.api.Assertions.within;

/**
 * The Monitor's Decay tab over snapshots (issue 16, point 1): with October and November's outcomes in, the model's
 * realised ROC AUC on both is a row and a point of the chart, the drop from October (the first snapshot after
 * training) recommends retraining in words, and the chart saves as PNG.
 */
@Tag("slow") // scores two snapshots in memory, twice (the screen's reading and the series)
class DecayOverSnapshotsGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void theDecayTabShowsOctoberAndNovemberAgainstBothBaselinesAndSavesTheChart() throws Exception {
        Path ws = dir.resolve("ws");
        SegmentsTestData.sampleWithModelAt(ws);
        try (Workspace workspace = Workspace.open(ws); Workbench services = new Workbench(workspace, 2)) {
            Path outcomes = dir.resolve("mcommerce_2026_11_outcomes.csv");
            new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED).writeCurrentOutcomes(outcomes, 20_000);
            services.imports().importFile(outcomes, ImportOptions.defaults(), TaskContext.silent());
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(ws, new PooledTaskRunner(2, Platform::runLater),
                dialogs));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#monitorNav");
        MonitorViewModel monitor = ((WorkbenchApp) app).model().monitor();
        robot.clickOn("Decay");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> FxRead.of(() -> monitor.decayPoints().size() == 2));
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<DecayReport.Point> table = robot.lookup(".decay-table").queryAs(TableView.class);
        List<DecayReport.Point> rows = FxRead.of(() -> List.copyOf(table.getItems()));
        assertThat(rows).extracting(DecayReport.Point::label)
                .containsExactly("mcommerce_2026_10@1", "mcommerce_2026_11_outcomes@1");
        assertThat(rows.get(0).realised().auc()).isCloseTo(0.758, within(0.0005));
        assertThat(rows.get(1).realised().auc()).isCloseTo(0.734, within(0.0005));
        // November's row is marked: it dropped significantly from October
        assertThat(robot.lookup(".decay-table .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<?>) n).filter(r -> r.getItem() == rows.get(1)).findFirst().orElseThrow()
                .getStyleClass()).contains(MonitorView.SHIFTED_ROW);

        Label banner = robot.lookup("#retrainLabel").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("Retrain recommended: on mcommerce_2026_11_outcomes@1 the ROC AUC is "
                + "0.734, down 0.02").contains("on mcommerce_2026_10@1, the first snapshot after training");
        assertThat(robot.lookup("#baselinesLabel").queryAs(Label.class).getText())
                .contains("two baselines: validation, ROC AUC").contains("the first snapshot after training, "
                        + "mcommerce_2026_10@1, ROC AUC 0.758");

        StackPane holder = robot.lookup("#decayHolder").queryAs(StackPane.class);
        ChartViewer viewer = (ChartViewer) holder.getChildren().get(0);
        assertThat(viewer.getChart()).isNotNull();
        assertThat(viewer.getChart().getCategoryPlot().getDataset().getColumnCount()).isEqualTo(2);
        assertThat(viewer.getBoundsInParent().getHeight()).isGreaterThan(150);

        Path png = dir.resolve("decay.png");
        dialogs.choose(png);
        robot.clickOn("#decayPngButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(png) && Files.size(png) > 1000);
        assertThat(dialogs.lastFileRequest().fileName()).isEqualTo("model-" + rows.get(0).realised().modelId()
                + "-decay-over-snapshots.png");
    }
}
