package app.retention.ui;

import app.retention.task.PooledTaskRunner;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.ui.testing.TestFiles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** The app starts on an empty workspace, a user chooses a file in the import wizard, imports it and sees its rows. */
class WorkbenchAppGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void start() throws Exception {
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
    void ctrlAndADigitOpensTheScreenOfThatPlaceInTheNavigation() {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Models");
        // the Train panel collapses for room, and comes back
        assertThat(robot.lookup("#trainButton").tryQuery()).isPresent();
        robot.clickOn("#trainToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trainButton").tryQuery()).isEmpty();
        robot.clickOn("#trainToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trainButton").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Exports");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Campaigns");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Datasets");
    }

    @Test
    void importingAFileChosenThroughTheWizardShowsItsRowsOnTheDataScreen() throws Exception {
        Path file = TestFiles.churnCsv(dir, "september customers.csv", 150);
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Datasets");
        dialogs.choose(file);

        robot.clickOn("Import…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#startImportButton").tryQuery()
                .map(button -> !button.isDisabled()).orElse(false));
        assertThat(dialogs.lastFileRequest().title()).isEqualTo("Choose a file to import");
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo("september_customers");

        robot.clickOn("#startImportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#startImportButton").tryQuery().isEmpty());

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
