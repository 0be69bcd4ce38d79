package app.retention.ui;

import app.retention.error.WorkbenchException;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainWindowViewModelTest {

    @TempDir
    Path dir;

    @Test
    void scoreCustomersOpensSegmentsWithTheModelChosen() throws Exception {
        long modelId = SegmentsTestData.sampleWithModelAt(dir.resolve("trained"));
        try (Workspace workspace = Workspace.open(dir.resolve("trained"));
             Workbench services = new Workbench(workspace)) {
            MainWindowViewModel model = new MainWindowViewModel(services, new SynchronousTaskRunner(),
                    new ScriptedDialogs());
            model.screenProperty().set(Screen.MODELS);

            model.scoreWith(modelId);

            assertThat(model.screenProperty().get()).isEqualTo(Screen.SEGMENTS);
            assertThat(model.segments().choice().modelProperty().get().id()).isEqualTo(modelId);
            // and on the sample, the dataset to score is today's, not the model's training data
            assertThat(model.segments().choice().datasetProperty().get().dataset().name())
                    .isEqualTo("mcommerce_2026_11");
        }
    }

    @Test
    void goingToAnotherScreenTakesTheErrorFromTheStatusBarButKeepsItInTheHistory() {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"));
             Workbench services = new Workbench(workspace)) {
            MainWindowViewModel model = new MainWindowViewModel(services, new SynchronousTaskRunner(),
                    new ScriptedDialogs());
            model.screenProperty().set(Screen.SEGMENTS);
            model.statusBar().report(new WorkbenchException("Cannot export to /x/calls.csv"));

            model.screenProperty().set(Screen.EXPORTS);

            assertThat(model.statusBar().hasErrorProperty().get()).isFalse();
            assertThat(model.statusBar().history()).anyMatch(m -> m.error()
                    && m.text().equals("Cannot export to /x/calls.csv"));
        }
    }
}
