package app.retention.ui.segments;

import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.StatusBarViewModel;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Segments screen says after Save segment, and how its Export tab treats the folder it proposes and a
 * file it cannot write: the status bar (a real one) gets the error and takes it back when an export works.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentSaveAndExportTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private StatusBarViewModel statusBar;
    private SegmentsViewModel model;

    @BeforeAll
    void prepare() throws Exception {
        long modelId = SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        workspace = Workspace.open(dir.resolve("ws"));
        BackgroundTasks tasks = new BackgroundTasks(new SynchronousTaskRunner());
        statusBar = new StatusBarViewModel(tasks);
        services = new Workbench(workspace, 2);
        model = new SegmentsViewModel(services, tasks, statusBar, new ScriptedDialogs());
        // as in the main window: the screen's notices go to the status bar
        model.noticeProperty().addListener((obs, was, now) -> statusBar.showNotice(now));
        model.refresh();
        model.chooseModel(modelId);
        model.score();
        model.tickBands(List.of("High"));
    }

    @BeforeEach
    void clearStatusBar() {
        statusBar.dismissError();
        statusBar.history().clear();
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    @Test
    void savingSaysSavedWithTheSizeAndDoesNotCallTheNameJustSavedTaken() {
        model.saving().nameProperty().set("saved high");
        model.save();

        int size = model.counts().selectedProperty().get().size();
        assertThat(statusBar.lastErrorProperty().get()).isEmpty();
        assertThat(model.saving().savedTextProperty().get())
                .isEqualTo("Saved 'saved high' · " + String.format(java.util.Locale.US, "%,d", size) + " customers");
        assertThat(model.saving().nameTakenProperty().get()).isFalse();
        assertThat(model.export().segmentProperty().get().definition().name()).isEqualTo("saved high");
    }

    @Test
    void theNameCheckAppliesAgainOnceTheUserEditsTheName() {
        model.saving().nameProperty().set("checked high");
        model.save();

        model.saving().nameProperty().set("checked high!");
        model.saving().nameProperty().set("checked high");

        assertThat(model.saving().savedTextProperty().get()).isEmpty();
        assertThat(model.saving().nameTakenProperty().get()).isTrue();
    }

    @Test
    void exportingToTheProposedFolderCreatesTheFolderAndWritesTheFile() {
        Path proposed = workspace.directory().resolve("exports");
        assertThat(proposed).doesNotExist();
        model.export().destination().fileProperty().set(""); // no folder chosen by the user: the proposed one is offered
        model.saving().nameProperty().set("first export");
        model.save();
        model.campaign().capacityProperty().set(20);

        assertThat(Path.of(model.export().destination().fileProperty().get()).getParent()).isEqualTo(proposed.toAbsolutePath()
                .normalize());
        model.export().export();

        assertThat(statusBar.lastErrorProperty().get()).isEmpty();
        assertThat(model.export().errorTextProperty().get()).isEmpty();
        assertThat(model.export().resultProperty().get().file()).exists().hasParent(proposed.toAbsolutePath()
                .normalize());
        assertThat(model.export().resultProperty().get().rows()).isEqualTo(20);
    }

    @Test
    void exportingToAFolderTheUserTypedThatDoesNotExistSaysWhatAndWhereAndCreatesNothing() {
        model.saving().nameProperty().set("typo export");
        model.save();
        Path typo = dir.resolve("exprots").resolve("calls.csv");
        model.export().destination().fileProperty().set(typo.toString());

        model.export().export();

        assertThat(typo.getParent()).doesNotExist();
        assertThat(model.export().resultProperty().get()).isNull();
        assertThat(model.export().errorTextProperty().get())
                .contains(typo.toAbsolutePath().toString())
                .contains("the folder " + typo.getParent().toAbsolutePath() + " does not exist");
        assertThat(statusBar.lastErrorProperty().get()).contains("does not exist");
    }

    @Test
    void anExportThatWorksAfterAFailedOneClearsTheErrorAndBothStayInTheHistory() throws Exception {
        model.saving().nameProperty().set("retried export");
        model.save();
        model.export().destination().fileProperty().set(dir.resolve("missing").resolve("calls.csv").toString());
        model.export().export();
        assertThat(statusBar.hasErrorProperty().get()).isTrue();

        Path elsewhere = Files.createDirectories(dir.resolve("chosen")).resolve("calls.csv");
        model.export().destination().fileProperty().set(elsewhere.toString());
        model.export().export();

        assertThat(elsewhere).exists();
        assertThat(model.export().errorTextProperty().get()).isEmpty();
        assertThat(statusBar.hasErrorProperty().get()).isFalse();
        assertThat(statusBar.history().get(0).text()).startsWith("Wrote " + elsewhere);
        assertThat(statusBar.history()).anyMatch(m -> m.error() && m.text().contains("does not exist"));
    }
}
