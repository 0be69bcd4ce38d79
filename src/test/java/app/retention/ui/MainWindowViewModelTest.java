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

    @Test
    void afterAnImportTheNextStepIsCheckingItsWarningsThenExploringAsUsual() throws Exception {
        Path file = app.retention.ui.testing.TestFiles.churnCsv(dir, "customers.csv", 200);
        try (Workspace workspace = Workspace.open(dir.resolve("import"));
             Workbench services = new Workbench(workspace)) {
            MainWindowViewModel model = new MainWindowViewModel(services, new SynchronousTaskRunner(),
                    new ScriptedDialogs());
            model.start(false);
            app.retention.data.ImportResult result = services.imports().importFile(file,
                    new app.retention.data.ImportOptions("customers", null, null, true),
                    app.retention.task.TaskContext.silent());

            model.imported(result);

            assertThat(model.data().selectedProperty().get().name()).isEqualTo("customers");
            assertThat(model.data().nextStepLabel().get()).isEqualTo("Check warnings →");
            int asked = model.explore().warningsWantedProperty().get();
            model.nextFromData();
            assertThat(model.screenProperty().get()).isEqualTo(Screen.EXPLORE);
            assertThat(model.explore().warningsWantedProperty().get()).isEqualTo(asked + 1);

            model.screenProperty().set(Screen.DATA);
            assertThat(model.data().nextStepLabel().get()).isEqualTo("Explore →");
        }
    }
}
