package app.retention.ui.data;

import app.retention.data.DatasetCatalog;
import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.ui.testing.TestFiles;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The rename dialog keeps the workspace's reason in view when a name is refused. */
class RenameDatasetDialogGuiTest {

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        workspace = Workspace.open(dir.resolve("ws"));
        new ImportService(workspace.datasets()).importFile(TestFiles.churnCsv(dir, "customers.csv", 5),
                new ImportOptions("customers", null, null, false), TaskContext.silent());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aRefusedNameShowsTheReasonAndKeepsTheDialogOpen() throws Exception {
        DataViewModel model = new DataViewModel(new DatasetCatalog(workspace),
                new BackgroundTasks(new SynchronousTaskRunner()), failure -> { }, new ScriptedDialogs());
        model.refresh();

        String[] shown = WaitForAsyncUtils.asyncFx(() -> {
            RenameDatasetDialog dialog = new RenameDatasetDialog(model.renameSelected(), null);
            TextField field = (TextField) dialog.getDialogPane().lookup(".text-field");
            field.setText("customers@2");
            dialog.getDialogPane().lookupButton(ButtonType.OK).fireEvent(new javafx.event.ActionEvent());
            Label error = (Label) dialog.getDialogPane().lookup(".error-text");
            return new String[] {error.getText(), String.valueOf(dialog.getResult())};
        }).get(10, TimeUnit.SECONDS);

        assertThat(shown[0]).contains("cannot contain @ (").doesNotContain("`");
        assertThat(shown[1]).isEqualTo("null");
        assertThat(workspace.datasets().find("customers")).isPresent();
    }
}
