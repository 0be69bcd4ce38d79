package app.retention.ui.data;

import app.retention.data.DatasetCatalog;
import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.StoredRow;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.ui.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataViewModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private final List<Throwable> reported = new ArrayList<>();
    private DataViewModel model;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        model = new DataViewModel(new DatasetCatalog(workspace), new BackgroundTasks(new SynchronousTaskRunner()), reported::add,
                dialogs);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private DatasetInfo importCsv(String name, int rows) throws Exception {
        Path file = TestFiles.churnCsv(dir, name + ".csv", rows);
        return new ImportService(workspace.datasets())
                .importFile(file, new ImportOptions(name, null, null, true), TaskContext.silent()).dataset();
    }

    @Test
    void refreshListsDatasetsAndSelectsTheFirstWithItsColumnsAndFirstPage() throws Exception {
        importCsv("customers", 250);

        model.refresh();

        assertThat(model.datasets()).extracting(DatasetInfo::name).containsExactly("customers");
        assertThat(model.selectedProperty().get().name()).isEqualTo("customers");
        assertThat(model.columns()).extracting(c -> c.name())
                .containsExactly("customer_id", "plan", "monthly_fee", "churned");
        assertThat(model.pages().rows()).hasSize(RowPages.PAGE_SIZE);
        assertThat(model.pages().rows().get(0).rowNumber()).isEqualTo(1);
        assertThat(model.pages().rowRangeProperty().get()).isEqualTo("Rows 1–100 of 250");
        assertThat(model.pages().pageCountProperty().get()).isEqualTo(3);
        assertThat(reported).isEmpty();
    }

    @Test
    void reopeningTheWorkspaceSelectsTheDatasetLastOpened() throws Exception {
        importCsv("accounts", 10);
        importCsv("customers", 20);
        model.refresh();
        assertThat(model.selectedProperty().get().name()).isEqualTo("accounts");
        model.selectedProperty().set(model.datasets().get(1));

        // as after a restart: a new screen on the same workspace
        DataViewModel reopened = new DataViewModel(new DatasetCatalog(workspace),
                new BackgroundTasks(new SynchronousTaskRunner()), reported::add, new ScriptedDialogs());
        reopened.refresh();

        assertThat(reopened.selectedProperty().get().name()).isEqualTo("customers");
        assertThat(reported).isEmpty();
    }

    @Test
    void personalDataIsMaskedOnScreenUntilTheUserAsksToSeeIt() throws Exception {
        Path file = TestFiles.write(dir, "people.csv", List.of("customer_id,full_name,email,plan,churned",
                "C-1,José Carvalho,jose.carvalho@example.com,basic,yes",
                "C-2,Ana Souza,ana@example.com,pro,no"));
        new ImportService(workspace.datasets()).importFile(file, new ImportOptions("people", "churned", null, true),
                TaskContext.silent());
        model.refresh();
        List<ColumnInfo> columns = List.copyOf(model.columns());
        StoredRow first = model.pages().rows().get(0);

        assertThat(model.cellText(first, 1, columns.get(1))).isEqualTo("J. C.");
        assertThat(model.cellText(first, 2, columns.get(2))).isEqualTo("j***@example.com");
        assertThat(model.cellText(first, 3, columns.get(3))).isEqualTo("basic");

        model.showPersonalDataProperty().set(true);
        assertThat(model.cellText(first, 2, columns.get(2))).isEqualTo("jose.carvalho@example.com");
    }

    @Test
    void aMissingValueIsMarkedAndEmptyTablesSayWhatTheyWaitFor() throws Exception {
        assertThat(model.datasetsMessage().get()).startsWith("No datasets yet. Click Import…");
        model.busyWith("Importing the sample data…");
        assertThat(model.datasetsMessage().get()).isEqualTo("Importing the sample data…");
        model.busyWith("");
        assertThat(model.rowsMessage().get()).isEqualTo("Select a dataset to see its rows.");

        Path file = TestFiles.write(dir, "gaps.csv", List.of("customer_id,plan,fee,churned", "C-1,,9.5,yes",
                "C-2,pro,,no"));
        new ImportService(workspace.datasets()).importFile(file, new ImportOptions("gaps", "churned", null, true),
                TaskContext.silent());
        model.refresh();
        List<ColumnInfo> columns = List.copyOf(model.columns());
        assertThat(model.cellText(model.pages().rows().get(0), 1, columns.get(1))).isEqualTo(DataViewModel.MISSING);
        assertThat(model.cellText(model.pages().rows().get(1), 2, columns.get(2))).isEqualTo(DataViewModel.MISSING);
        assertThat(model.cellText(model.pages().rows().get(1), 1, columns.get(1))).isEqualTo("pro");
        assertThat(model.rowsMessage().get()).isEqualTo("No rows.");
    }

    @Test
    void pagingReadsOnePageAtATimeAndStopsAtTheEnds() throws Exception {
        importCsv("customers", 250);
        model.refresh();

        model.pages().nextPage();
        assertThat(model.pages().rows().get(0).rowNumber()).isEqualTo(101);
        assertThat(model.pages().rowRangeProperty().get()).isEqualTo("Rows 101–200 of 250");

        model.pages().lastPage();
        assertThat(model.pages().rows()).hasSize(50);
        assertThat(model.pages().rowRangeProperty().get()).isEqualTo("Rows 201–250 of 250");
        assertThat(model.pages().canGoForwardProperty().get()).isFalse();

        model.pages().nextPage();
        assertThat(model.pages().pageProperty().get()).isEqualTo(2);

        model.pages().firstPage();
        assertThat(model.pages().rows().get(0).rowNumber()).isEqualTo(1);
        assertThat(model.pages().canGoBackProperty().get()).isFalse();
    }

    @Test
    void showsOnlyTheNewestVersionOfEachDatasetUnlessAllVersionsAreAsked() throws Exception {
        importCsv("customers", 20);
        importCsv("customers", 30);
        importCsv("accounts", 10);

        model.refresh();
        assertThat(model.datasets()).extracting(DatasetInfo::reference).containsExactly("accounts@1", "customers@2");

        model.showAllVersionsProperty().set(true);
        assertThat(model.datasets()).extracting(DatasetInfo::reference)
                .containsExactly("accounts@1", "customers@2", "customers@1");
    }

    @Test
    void refreshWithAnIdSelectsThatDataset() throws Exception {
        importCsv("accounts", 10);
        DatasetInfo customers = importCsv("customers", 42);

        model.refresh(customers.id());

        assertThat(model.selectedProperty().get().id()).isEqualTo(customers.id());
        assertThat(model.pages().rowRangeProperty().get()).isEqualTo("Rows 1–42 of 42");
    }

    @Test
    void renameShowsTheWorkspacesReasonWhenTheNameIsRefused() throws Exception {
        importCsv("customers", 10);
        model.refresh();
        RenameDatasetViewModel rename = model.renameSelected();
        boolean[] closed = {false};

        rename.newNameProperty().set("customers@2");
        rename.rename(() -> closed[0] = true);

        assertThat(closed[0]).isFalse();
        assertThat(rename.errorProperty().get()).contains("cannot contain @ (").doesNotContain("`");
        assertThat(workspace.datasets().find("customers")).isPresent();
    }

    @Test
    void renameRenamesAndKeepsTheDatasetSelected() throws Exception {
        importCsv("customers", 10);
        model.refresh();
        RenameDatasetViewModel rename = model.renameSelected();
        boolean[] closed = {false};

        rename.newNameProperty().set("customers september");
        rename.rename(() -> closed[0] = true);

        assertThat(closed[0]).isTrue();
        assertThat(model.datasets()).extracting(DatasetInfo::name).containsExactly("customers september");
        assertThat(model.selectedProperty().get().name()).isEqualTo("customers september");
    }

    @Test
    void deletingAsksFirstNamingTheDatasetAndItsRowsAndAYesRemovesIt() throws Exception {
        importCsv("customers", 1234);
        model.refresh();
        dialogs.confirm(true);

        model.deleteSelected();

        Dialogs.Confirmation question = (Dialogs.Confirmation) dialogs.asked().get(0);
        assertThat(question.details()).contains("customers version 1").contains("1,234 rows");

        assertThat(model.datasets()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.pages().rows()).isEmpty();
        assertThat(workspace.datasets().list()).isEmpty();
    }

    @Test
    void quarantinedRowsAreListedAndExportedAsCsv() throws Exception {
        Path file = TestFiles.write(dir, "ragged.csv", List.of("id,plan,churned", "1,basic,yes", "2,plus",
                "3,premium,no", "4,basic,no,extra"));
        new ImportService(workspace.datasets())
                .importFile(file, new ImportOptions("ragged", null, null, true), TaskContext.silent());
        model.refresh();

        assertThat(model.rejected()).extracting(r -> r.line()).containsExactly(3L, 5L);
        Path export = dir.resolve("out/rejects.csv");
        dialogs.choose(export);

        model.exportRejected();

        assertThat(dialogs.lastFileRequest().fileName()).isEqualTo("ragged-v1-quarantined.csv");
        assertThat(model.noticeProperty().get()).isEqualTo("2 quarantined rows written to " + export);
        assertThat(Files.readAllLines(export)).first().isEqualTo("line,reason,row");
        assertThat(Files.readAllLines(export)).hasSize(3);
    }
}
