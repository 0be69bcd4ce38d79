package app.retention.ui.explore;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.testing.ScriptedDialogs;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The dataset picker in the Explore and Models headers names the dataset shown, also after the user picks one. */
class DatasetPickerGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            ExploreTestData.customers(workspace, dir, "north");
            ExploreTestData.customers(workspace, dir, "south");
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

    @ParameterizedTest
    @ValueSource(strings = {"Explore", "Models"})
    void thePickerNamesTheDatasetTheUserChose(String screen) throws Exception {
        robot.clickOn(screen);
        ComboBox<?> combo = visibleCombo();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> combo.getValue() != null);
        String other = ((DatasetInfo) combo.getValue()).name().equals("north") ? "south" : "north";

        choose(combo, other);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(((DatasetInfo) combo.getValue()).name()).isEqualTo(other);
        assertThat(buttonText(combo)).isEqualTo(other + "  (v1)");

        // and again, back to the first one
        String first = other.equals("north") ? "south" : "north";
        choose(combo, first);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(buttonText(combo)).isEqualTo(first + "  (v1)");
    }

    /** Opens the combo's list and clicks the dataset's row in it (not a same-named cell elsewhere). */
    private void choose(ComboBox<?> combo, String name) {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> (name + "  (v1)").equals(cell.getText()) && cell.isVisible()).findFirst().orElseThrow();
        robot.clickOn(row);
    }

    private ComboBox<?> visibleCombo() {
        return robot.lookup(".dataset-choice").queryAllAs(ComboBox.class).stream()
                .filter(Node::isVisible).filter(c -> c.getScene() != null).findFirst().orElseThrow();
    }

    private static String buttonText(ComboBox<?> combo) {
        ListCell<?> cell = combo.getButtonCell();
        return cell == null ? null : cell.getText();
    }
}
