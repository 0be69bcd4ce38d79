package app.retention.ui;

import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.ui.testing.ScriptedDialogs;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
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
 * The desktop app opens its workspace off the JavaFX thread (issue 11): a workspace left open by a crash is rebuilt
 * behind a "Checking the workspace…" window, then the main window opens and the status bar says what happened.
 */
class WorkspaceOpeningGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aWorkspaceLeftOpenByACrashIsRebuiltOffTheFxThreadAndTheStatusBarSaysSo() throws Exception {
        Path live = dir.resolve("live");
        Path crashed = dir.resolve("crashed");
        try (Workspace workspace = Workspace.open(live)) {
            workspace.putSetting("marker", "kept");
            Files.createDirectories(crashed);
            // a copy taken while open: H2 has not marked it closed cleanly, as after a kill
            Files.copy(live.resolve("workspace.mv.db"), crashed.resolve("workspace.mv.db"));
        }

        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(crashed, new PooledTaskRunner(2, Platform::runLater),
                new ScriptedDialogs(), true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ((WorkbenchApp) app).view() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Stage stage = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing())
                .findFirst().orElseThrow();
        assertThat(stage.getTitle()).startsWith("Retention Workbench — ");
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Datasets");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((WorkbenchApp) app).model().statusBar()
                .noticeProperty().get().contains("not closed properly"));
        try (var backups = Files.list(crashed.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("workspace-unclean-"));
        }
    }
}
