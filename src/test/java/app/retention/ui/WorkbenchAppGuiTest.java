package app.retention.ui;

import app.retention.task.PooledTaskRunner;
import app.retention.ui.imports.ImportStep;
import app.retention.ui.imports.ImportWizardView;
import app.retention.ui.testing.TestFiles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/** The app starts on an empty workspace, a user imports a file through the wizard, and sees its rows. */
class WorkbenchAppGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(dir.resolve("ws"),
                new PooledTaskRunner(2, Platform::runLater)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theExportsScreenOfANewWorkspaceSaysNothingWasExportedYet() throws Exception {
        robot.clickOn("Exports");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Exports");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".screen-header .muted")
                .queryAs(Label.class).getText().startsWith("Nothing exported"));
        assertThat(robot.lookup(".export-log").queryAs(TableView.class).getItems()).isEmpty();

        robot.clickOn("Data");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Datasets");
    }

    @Test
    void importingAFileThroughTheWizardShowsItsRowsOnTheDataScreen() throws Exception {
        Path file = TestFiles.churnCsv(dir, "september customers.csv", 150);
        WorkbenchApp workbench = (WorkbenchApp) app;
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Datasets");

        ImportWizardView wizard = WaitForAsyncUtils.asyncFx(() -> workbench.view().openImportWizard(file)).get(10,
                TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> wizard.model().stepProperty().get() == ImportStep.PREVIEW);
        assertThat(wizard.model().nameProperty().get()).isEqualTo("september_customers");

        robot.clickOn("#startImportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !wizard.isShowing());

        TableView<?> rows = robot.lookup(".row-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows.getItems().size() == 100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".row-range").queryAs(Label.class).getText()).isEqualTo("Rows 1–100 of 150");
        assertThat(rows.getColumns()).extracting(c -> c.getText())
                .containsExactly("#", "customer_id", "plan", "monthly_fee", "churned");
        assertThat(rows.getColumns().get(1).getCellData(0)).isEqualTo("C1001");
        assertThat(rows.getColumns().get(4).getCellData(2)).isEqualTo("yes");
        assertThat(robot.lookup(".dataset-table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(Window.getWindows()).filteredOn(w -> w instanceof Stage s && s.getTitle().startsWith("Retention"))
                .isNotEmpty();
    }
}
