package app.retention.ui.exports;

import app.retention.campaign.CampaignService;
import app.retention.data.DatasetCatalog;
import app.retention.segment.SegmentService;
import app.retention.domain.ExportKind;
import app.retention.domain.ExportLogEntry;
import app.retention.export.ExportLog.Field;
import app.retention.export.ExportLog.FileState;
import app.retention.export.ExportLog;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.common.BackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The export log on a real workspace: what it lists, what a file check finds, and that old checks do not linger. */
class ExportsViewModelTest {

    private static final String PROVENANCE = """
            {"dataset": {"name": "october", "version": 1, "sha256": "abc"},
             "model": {"id": "7", "learner": "j48", "rocAuc": 0.81, "validation": "3-fold cross-validation"},
             "riskBands": [{"name": "High", "description": "High = top 10% of scores"}],
             "segment": {"name": "high risk", "filters": ["risk band is High"]},
             "capacity": 50,
             "economics": {"contactCost": 5, "offerCost": 20, "acceptanceRate": 0.07, "saveRate": 0.29}}""";

    @TempDir
    Path dir;
    private Workspace workspace;
    private ExportsViewModel model;
    private final List<Throwable> reported = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private Path calls;
    private Path brief;

    @BeforeEach
    void exportTwoFiles() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        calls = Files.writeString(dir.resolve("calls.csv"), "customer_id,email\nC1,ana@example.com\n");
        brief = Files.writeString(dir.resolve("brief.html"), "<html>brief</html>");
        log(ExportKind.CALL_LIST, calls, 1, true, List.of("email"));
        log(ExportKind.CAMPAIGN_BRIEF, brief, 0, false, List.of());
        CampaignService campaigns = new CampaignService(workspace, new SegmentService(workspace,
                model -> Optional.empty()), new DatasetCatalog(workspace));
        model = new ExportsViewModel(new ExportLog(workspace), campaigns,
                new BackgroundTasks(new SynchronousTaskRunner()), reported::add, notices::add);
        model.refresh();
    }

    private void log(ExportKind kind, Path file, long rows, boolean personal, List<String> columns) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        workspace.exportLog().add(new ExportLogEntry(0, null, "ana", kind, "high risk",
                file.toAbsolutePath().toString(), file.toString().endsWith("csv") ? "csv" : "html", rows, personal,
                columns, sha, PROVENANCE));
    }

    @AfterEach
    void close() {
        workspace.close();
        assertThat(reported).isEmpty();
    }

    private ExportRow row(String fileName) {
        return model.shown().stream().filter(r -> r.fileName().equals(fileName)).findFirst().orElseThrow();
    }

    @Test
    void listsNewestFirstAndCountsExportsWithPersonalData() {
        assertThat(model.shown()).extracting(ExportRow::fileName).containsExactly("brief.html", "calls.csv");
        assertThat(model.summaryProperty().get()).isEqualTo("2 exports, 1 with personal data included");
        assertThat(row("calls.csv").personalData()).isEqualTo("Included: email");
        assertThat(row("brief.html").personalData()).isEqualTo("None");
    }

    @Test
    void aCheckFindsChangedAndMissingFilesAndIsNotCarriedOverARefresh() throws Exception {
        model.checkFiles();
        assertThat(model.shown()).allMatch(r -> r.stateProperty().get() == FileState.UNCHANGED);
        assertThat(notices).last().isEqualTo("Checked 2 exported files: 2 unchanged.");

        Files.writeString(calls, "C2,someone@example.com\n", java.nio.file.StandardOpenOption.APPEND);
        Files.delete(brief);
        model.refresh();
        assertThat(model.shown()).allMatch(r -> r.stateProperty().get() == null);
        assertThat(model.busyProperty().get()).isFalse();

        model.checkFiles();
        assertThat(row("calls.csv").stateProperty().get()).isEqualTo(FileState.CHANGED);
        assertThat(row("brief.html").stateProperty().get()).isEqualTo(FileState.MISSING);
        assertThat(notices).last().isEqualTo("Checked 2 exported files: 1 changed, 1 missing.");
    }

    @Test
    void theSelectedExportIsDescribedFromItsProvenance() {
        model.selectedProperty().set(row("calls.csv"));
        List<Field> fields = model.detailsProperty().get();
        assertThat(fields).contains(new Field("Export", "Call list of segment high risk"),
                new Field("Personal data", "Included: email"),
                new Field("Dataset", "october, version 1"),
                new Field("Model", "#7 j48, ROC AUC 0.810 (3-fold cross-validation)"),
                new Field("Risk band High", "High = top 10% of scores"),
                new Field("Filters", "risk band is High"),
                new Field("Capacity", "50 contacts"),
                new Field("Economics", "contact 5, offer 20, 7% accept the offer, 29% of those kept"));
    }

    @Test
    void searchAndThePersonalDataSwitchNarrowTheList() {
        model.personalOnlyProperty().set(true);
        assertThat(model.shown()).extracting(ExportRow::fileName).containsExactly("calls.csv");
        assertThat(model.summaryProperty().get()).endsWith("(1 shown)");
        model.personalOnlyProperty().set(false);
        model.searchProperty().set("BRIEF");
        assertThat(model.shown()).extracting(ExportRow::fileName).containsExactly("brief.html");
        model.searchProperty().set("nothing like this");
        assertThat(model.shown()).isEmpty();
    }

    @Test
    void aFileALaterExportWroteAgainIsReplacedNotChanged() throws Exception {
        Files.writeString(calls, "customer_id,email\nC9,new@example.com\n");
        log(ExportKind.CALL_LIST, calls, 1, false, List.of("email"));
        model.refresh();
        model.checkFiles();
        assertThat(model.shown().stream().filter(r -> r.fileName().equals("calls.csv")))
                .extracting(r -> r.stateProperty().get()).containsExactly(FileState.UNCHANGED, FileState.REPLACED);
        assertThat(notices).last().isEqualTo("Checked 3 exported files: 2 unchanged, 1 replaced.");
    }
}
