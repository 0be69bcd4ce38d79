package app.retention.ui.imports;

import app.retention.data.ColumnPlan;
import app.retention.data.ImportService;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportWizardViewModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private ImportWizardViewModel wizard;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        wizard = new ImportWizardViewModel(new ImportService(workspace.datasets()),
                new BackgroundTasks(new SynchronousTaskRunner()), dialogs);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ColumnPlan column(String name) {
        return wizard.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void analyzeProposesANameColumnsAndPreviewWithoutWritingAnything() throws Exception {
        Path file = TestFiles.churnCsv(dir, "Customers September.csv", 50);

        wizard.analyze(file);

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.PREVIEW);
        assertThat(wizard.nameProperty().get()).isEqualTo("customers_september");
        assertThat(wizard.columns()).extracting(ColumnPlan::name)
                .containsExactly("customer_id", "plan", "monthly_fee", "churned");
        assertThat(column("churned").role()).isEqualTo(ColumnRole.TARGET);
        assertThat(wizard.previewRows()).hasSize(20);
        assertThat(wizard.canImportProperty().get()).isTrue();
        assertThat(workspace.datasets().list()).isEmpty();
    }

    @Test
    void theWizardSaysWhichLocationsItKeepsOutOfModelsAndForgetsOneMadeAFeature() throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("CLIENTNUM,zip_code,Latitude,plan,churned"));
        for (int i = 0; i < 60; i++) {
            lines.add((900_000 + i) + "," + (90_000 + i % 7) + "," + (33 + i / 100.0) + "," + (i % 2 == 0 ? "a" : "b")
                    + "," + (i % 3 == 0 ? "yes" : "no"));
        }
        wizard.analyze(TestFiles.write(dir, "where.csv", lines));
        assertThat(column("CLIENTNUM").role()).isEqualTo(ColumnRole.ID);
        assertThat(wizard.locationNote()).startsWith("zip_code, Latitude are kept out of models as location data");

        wizard.setRole(column("zip_code").sourceIndex(), ColumnRole.FEATURE);
        assertThat(wizard.locationNote()).startsWith("Latitude is kept out of models as location data")
                .endsWith("Make a role feature to use it anyway.");
    }

    @Test
    void choosingASecondTargetTurnsThePreviousOneIntoAFeatureAndTheImportUsesIt() throws Exception {
        Path file = TestFiles.write(dir, "two.csv", List.of("id,churned,exited", "1,yes,0", "2,no,1", "3,no,0"));
        wizard.analyze(file);
        assertThat(column("churned").role()).isEqualTo(ColumnRole.TARGET);

        wizard.setRole(column("exited").sourceIndex(), ColumnRole.TARGET);
        assertThat(column("exited").role()).isEqualTo(ColumnRole.TARGET);
        assertThat(column("churned").role()).isEqualTo(ColumnRole.FEATURE);

        wizard.nameProperty().set("exits");
        wizard.importDataset();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.DONE);
        DatasetInfo imported = wizard.resultProperty().get().dataset();
        assertThat(imported.name()).isEqualTo("exits");
        assertThat(imported.targetColumn()).isEqualTo("exited");
        assertThat(imported.rowsImported()).isEqualTo(3);
    }

    @Test
    void raggedRowsAreShownAndImportWaitsUntilTheUserAgreesToLeaveThemOut() throws Exception {
        Path file = TestFiles.write(dir, "ragged.csv", List.of("id,plan,churned", "1,basic,yes", "2,plus",
                "3,premium,no"));
        wizard.analyze(file);

        assertThat(wizard.problems()).extracting(p -> p.line()).containsExactly(3L);
        assertThat(wizard.problemSummary()).startsWith("1 row cannot be read");
        assertThat(wizard.canImportProperty().get()).isFalse();

        wizard.importWithoutProblemsProperty().set(true);
        wizard.importDataset();

        DatasetInfo imported = wizard.resultProperty().get().dataset();
        assertThat(imported.rowsImported()).isEqualTo(2);
        assertThat(imported.rowsRejected()).isEqualTo(1);
    }

    @Test
    void valuesThatDoNotFitTheChosenTypeStopTheImportAndListTheRows() throws Exception {
        Path file = TestFiles.write(dir, "fees.csv", List.of("id,fee,churned", "1,10,yes", "2,unknown,no",
                "3,12,no", "4,n/a,yes"));
        wizard.analyze(file);
        wizard.setType(column("fee").sourceIndex(), ColumnType.INTEGER);

        wizard.importDataset();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.PREVIEW);
        assertThat(wizard.errorProperty().get()).startsWith("2 rows cannot be read").contains("Nothing was imported");
        assertThat(wizard.problems()).extracting(p -> p.line()).containsExactly(3L, 5L);
        assertThat(workspace.datasets().list()).isEmpty();

        wizard.importWithoutProblemsProperty().set(true);
        wizard.importDataset();

        assertThat(wizard.resultProperty().get().dataset().rowsImported()).isEqualTo(2);
    }

    @Test
    void choosingAFileReadsItAndTheNextChooserOpensInItsFolder() throws Exception {
        Path file = TestFiles.churnCsv(dir, "october.csv", 20);
        dialogs.choose(file).cancel();

        wizard.chooseFile();
        wizard.chooseFile();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.PREVIEW);
        assertThat(wizard.nameProperty().get()).isEqualTo("october");
        assertThat(dialogs.lastFileRequest().folder()).isEqualTo(dir.toAbsolutePath());
        assertThat(dialogs.lastFileRequest().types()).extracting(Dialogs.FileType::extensions)
                .contains(List.of("csv", "txt", "tsv", "xlsx", "arff"));
    }

    @Test
    void problemRowsCanBeExported() throws Exception {
        Path file = TestFiles.write(dir, "ragged.csv", List.of("id,plan,churned", "1,basic,yes", "2,plus"));
        wizard.analyze(file);
        Path export = dir.resolve("problems.csv");
        dialogs.choose(export);

        wizard.exportProblems();

        assertThat(dialogs.lastFileRequest().fileName()).isEqualTo("ragged-problem-rows.csv");

        assertThat(Files.readAllLines(export)).containsExactly("line,reason,row", "3,\"expected 3 fields, found 2\",\"2,plus\"");
    }

    @Test
    void anUnreadableFileIsExplainedInTheWizard() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));

        wizard.analyze(empty);

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.CHOOSE_FILE);
        assertThat(wizard.errorProperty().get()).contains("empty.csv");
        assertThat(wizard.canImportProperty().get()).isFalse();
    }
}
