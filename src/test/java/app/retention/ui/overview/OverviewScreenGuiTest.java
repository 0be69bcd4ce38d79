package app.retention.ui.overview;

import app.retention.data.SampleData;
import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.Screen;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.campaigns.CampaignsViewModel;
import app.retention.ui.testing.FxRead;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.DemoCampaign;
import app.retention.usecase.OverviewReport;
import app.retention.usecase.Workbench;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app opens on the overview when the workspace holds data: the churn trend, value at risk, the demo campaign with
 * its last readout line, and what needs attention, each item opening the screen that handles it.
 */
@Tag("slow") // imports the sample and makes the demo campaign (~30 s), then opens the app
class OverviewScreenGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void theAppOpensOnTheOverviewWhoseItemsOpenTheirScreens() throws Exception {
        Path ws = dir.resolve("ws");
        try (Workspace w = Workspace.open(ws); Workbench services = new Workbench(w, 2)) {
            SampleData.importBundled(w, TaskContext.silent());
            assertThat(services.prepareDemoCampaign(TaskContext.silent())).isPresent();
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(ws, new PooledTaskRunner(2, Platform::runLater),
                new ScriptedDialogs()));
        WaitForAsyncUtils.waitForFxEvents();
        WorkbenchApp workbench = (WorkbenchApp) app;
        OverviewViewModel overview = workbench.model().overview();

        assertThat(FxRead.of(() -> workbench.model().screenProperty().get())).isEqualTo(Screen.OVERVIEW);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> FxRead.of(() -> overview.reportProperty().get() != null));
        OverviewReport report = FxRead.of(() -> overview.reportProperty().get());
        assertThat(report.churnTrend()).hasSize(2);
        assertThat(robot.lookup("#valueLabel").queryAs(Label.class).getText()).contains("are at high risk");
        HBox campaign = robot.lookup(".overview-item").queryAllAs(HBox.class).stream()
                .filter(row -> ((Label) row.getChildren().get(0)).getText().startsWith(DemoCampaign.NAME))
                .findFirst().orElseThrow();
        assertThat(((Label) campaign.getChildren().get(0)).getText()).contains("Churn was ");

        // the campaign's button opens it on the Campaigns screen
        robot.clickOn((Button) campaign.getChildren().get(1));
        CampaignsViewModel campaigns = workbench.model().campaigns();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxRead.of(() -> workbench.model().screenProperty()
                .get() == Screen.CAMPAIGNS && campaigns.selectedProperty().get() != null
                && campaigns.selectedProperty().get().name().equals(DemoCampaign.NAME)));

        // back on the overview (Ctrl+0 or its button), a segment's button opens the Segments screen
        robot.clickOn("#overviewNav");
        // showing the overview reads it again: take the button once that reading has laid out its items
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxRead.of(() -> !workbench.model().overview()
                .loadingProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Button segments = robot.lookup(".overview-item .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Open Segments") && b.getScene() != null).findFirst().orElseThrow();
        robot.clickOn(segments);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxRead.of(() -> workbench.model().screenProperty().get())).isEqualTo(Screen.SEGMENTS);
    }
}
