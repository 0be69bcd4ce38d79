package app.retention.ui.explore;

import app.retention.explore.Driver;
import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.testing.ScriptedDialogs;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A user opens the Explore screen on an imported dataset and sees its churn rate, drivers and a chart. */
class ExploreScreenGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            ExploreTestData.customers(workspace, dir, "customers");
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
    void exploreShowsTheChurnRateTheDriversAndTheStrongestDriversChart() throws Exception {
        robot.clickOn("Explore");
        WaitForAsyncUtils.waitForFxEvents();

        Label baseRate = robot.lookup(".base-rate").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> baseRate.getText().endsWith("churned"));
        ChartViewer chart = robot.lookup(".churn-chart").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart.isVisible() && chart.getChart() != null);
        assertThat(chart.getChart().getCategoryPlot().getDataset(0).getColumnCount())
                .isEqualTo(ColumnViewModel.DEFAULT_BINS);

        robot.clickOn("Drivers");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Driver> drivers = robot.lookup(".driver-table").queryAs(TableView.class);
        assertThat(drivers.getItems()).isNotEmpty();
        assertThat(drivers.getItems().get(0).column()).isEqualTo("tenure_months");
        assertThat(robot.lookup(".sentence-text").tryQuery()).isPresent();
    }
}
