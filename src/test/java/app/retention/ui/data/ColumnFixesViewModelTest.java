package app.retention.ui.data;

import app.retention.data.DatasetCatalog;
import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.explore.AppliedFix;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles changed on the Data screen after import, listed as applied fixes and undone (issue 12, finding M17). */
class ColumnFixesViewModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private Workbench services;
    private final List<Throwable> reported = new ArrayList<>();
    private DataViewModel data;
    private ColumnFixesViewModel fixes;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        StringBuilder csv = new StringBuilder("customer_id,email,plan,nps,churn\n");
        for (int i = 1; i <= 120; i++) {
            csv.append("C").append(i).append(",c").append(i).append("@example.com,")
                    .append(i % 2 == 0 ? "Basic" : "Plus").append(',').append(i % 11).append(',')
                    .append(i % 4 == 0 ? "Yes" : "No").append('\n');
        }
        Path file = Files.writeString(dir.resolve("customers.csv"), csv);
        new ImportService(workspace.datasets()).importFile(file, new ImportOptions("customers", "churn", null, false),
                TaskContext.silent());
        services = new Workbench(workspace, 1);
        BackgroundTasks tasks = new BackgroundTasks(new SynchronousTaskRunner());
        data = new DataViewModel(new DatasetCatalog(workspace), tasks, reported::add, new ScriptedDialogs());
        fixes = new ColumnFixesViewModel(services.explore(), tasks, reported::add, data::reloadDetail);
        data.selectedProperty().addListener((obs, was, now) -> fixes.show(now));
        data.refresh();
    }

    @AfterEach
    void close() {
        services.close();
        workspace.close();
    }

    private ColumnInfo column(String name) {
        return data.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRoleChangedInTheTableIsShownListedAsAFixAndUndoneToItsImportedRole() {
        assertThat(fixes.fixes()).isEmpty();
        assertThat(column("nps").role()).isEqualTo(ColumnRole.FEATURE);

        fixes.changeRole(column("nps"), ColumnRole.IGNORED);

        assertThat(column("nps").role()).isEqualTo(ColumnRole.IGNORED);
        assertThat(fixes.fixes()).extracting(AppliedFix::description)
                .containsExactly("`nps` is ignored (kept out of models); it was feature when imported.");
        assertThat(fixes.noticeProperty().get()).contains("`nps` is now ignored");
        DatasetInfo shown = data.selectedProperty().get();
        assertThat(workspace.datasets().columns(shown).stream().filter(c -> c.name().equals("nps")).findFirst()
                .orElseThrow().role()).isEqualTo(ColumnRole.IGNORED);

        fixes.undo(fixes.fixes().get(0));

        assertThat(column("nps").role()).isEqualTo(ColumnRole.FEATURE);
        assertThat(fixes.fixes()).isEmpty();
        assertThat(fixes.noticeProperty().get()).startsWith("Undone: `nps` is ignored");
        assertThat(reported).isEmpty();
    }

    @Test
    void personalDataNeverBecomesAFeatureAndTheTableKeepsItsRole() {
        assertThat(column("email").role()).isEqualTo(ColumnRole.PII);

        fixes.changeRole(column("email"), ColumnRole.FEATURE);

        assertThat(reported).singleElement().extracting(Throwable::getMessage).asString()
                .contains("holds personal data, which is never a model feature");
        assertThat(column("email").role()).isEqualTo(ColumnRole.PII);
        assertThat(fixes.fixes()).isEmpty();
        assertThat(ColumnFixesViewModel.EDITABLE_ROLES).doesNotContain(ColumnRole.TARGET);
    }

    @Test
    void aLabelTypedInTheTableIsKeptListedAndUndoneAndATooLongOneIsRefused() {
        assertThat(column("nps").displayLabel()).isEqualTo("NPS");

        fixes.changeLabel(column("nps"), " Score out of 10 ");

        assertThat(column("nps").displayLabel()).isEqualTo("Score out of 10");
        assertThat(fixes.noticeProperty().get()).isEqualTo("`nps` reads as \"Score out of 10\" in charts, reasons, "
                + "exports and briefs; Undo it under Applied fixes.");
        assertThat(fixes.fixes()).extracting(AppliedFix::description)
                .containsExactly("`nps` reads as \"Score out of 10\" (instead of \"NPS\").");

        fixes.changeLabel(column("nps"), "x".repeat(300));
        assertThat(reported).singleElement().extracting(Throwable::getMessage).asString()
                .contains("at most 200 characters");
        assertThat(column("nps").displayLabel()).isEqualTo("Score out of 10");

        fixes.undo(fixes.fixes().get(0));
        assertThat(column("nps").displayLabel()).isEqualTo("NPS");
        assertThat(fixes.fixes()).isEmpty();
    }

    @Test
    void aTypeChosenInTheTableIsReadSoListedAndUndoneAndAnImpossibleOneIsRefused() {
        assertThat(column("nps").type()).isEqualTo(ColumnType.INTEGER);

        fixes.changeType(column("nps"), ColumnType.CATEGORY);

        assertThat(column("nps").type()).isEqualTo(ColumnType.CATEGORY);
        assertThat(fixes.noticeProperty().get()).startsWith("`nps` reads as category");
        assertThat(fixes.fixes()).extracting(AppliedFix::description)
                .containsExactly("`nps` reads as category; it was integer when imported.");

        fixes.changeType(column("plan"), ColumnType.INTEGER);
        assertThat(reported).singleElement().extracting(Throwable::getMessage).asString()
                .contains("`plan` cannot be read as integer: row 1 (line 2 of the file) holds \"Plus\"");
        assertThat(column("plan").type()).isEqualTo(ColumnType.CATEGORY);

        fixes.undo(fixes.fixes().get(0));
        assertThat(column("nps").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(fixes.fixes()).isEmpty();
    }

    @Test
    void howACategoryEntersModelsIsChosenInTheTableAndGivenBackToTheWorkbench() {
        assertThat(fixes.encodingOf(column("plan"))).isEqualTo(ColumnFixesViewModel.AUTOMATIC);
        assertThat(fixes.encodingOf(column("nps"))).as("a number has no encoding").isNull();
        assertThat(ColumnFixesViewModel.ENCODINGS).startsWith("automatic", "keep").contains("target");

        fixes.changeEncoding(column("plan"), "target");

        assertThat(fixes.encodingOf(column("plan"))).isEqualTo("target");
        assertThat(fixes.noticeProperty().get()).isEqualTo("`plan` enters models as target (churn rate per value); "
                + "Undo it under Applied fixes.");
        assertThat(fixes.fixes()).singleElement().extracting(AppliedFix::kind).isEqualTo(AppliedFix.Kind.ENCODING);

        fixes.changeEncoding(column("plan"), ColumnFixesViewModel.AUTOMATIC);
        assertThat(fixes.encodingOf(column("plan"))).isEqualTo(ColumnFixesViewModel.AUTOMATIC);
        assertThat(fixes.fixes()).isEmpty();
        assertThat(reported).isEmpty();
    }
}
