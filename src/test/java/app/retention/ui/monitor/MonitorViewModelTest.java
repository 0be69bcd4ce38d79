package app.retention.ui.monitor;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.usecase.BandMigration;
import app.retention.usecase.DecayReport;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Monitor screen's state without a toolkit, on the sample with J48 trained on September (issue 16). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitorViewModelTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private long modelId;
    private final List<Throwable> reported = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    @BeforeAll
    void open() throws Exception {
        modelId = SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        workspace = Workspace.open(dir.resolve("ws"));
        services = new Workbench(workspace, 2);
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    private MonitorViewModel model() {
        return new MonitorViewModel(services, new BackgroundTasks(new SynchronousTaskRunner()), reported::add,
                new ScriptedDialogs(), notices::add);
    }

    @Test
    void aLabelledSnapshotShowsEveryInputMostShiftedFirstAndTheDecayReading() {
        MonitorViewModel model = model();
        model.open(workspace.datasets().require("mcommerce_2026_10"), modelId);
        assertThat(reported).isEmpty();
        assertThat(model.rows()).isNotEmpty().hasSize(model.reportProperty().get().features().size());
        for (int i = 1; i < model.rows().size(); i++) {
            assertThat(model.rows().get(i).psi()).isLessThanOrEqualTo(model.rows().get(i - 1).psi());
        }
        assertThat(model.headingProperty().get()).startsWith("mcommerce_2026_10@1 (19,697 customers) against "
                + "mcommerce_2026_09@1");
        assertThat(model.scoreFindingProperty().get()).startsWith("The churn score is");
        assertThat(model.decayFindingProperty().get()).contains("in validation");
        // the series over snapshots: October is the only labelled snapshot after training, read against validation
        assertThat(model.decayPoints()).extracting(DecayReport.Point::label).containsExactly("mcommerce_2026_10@1");
        assertThat(model.decayPoints().get(0).againstFirst()).isNull();
        assertThat(model.baselinesProperty().get()).contains("validation, ROC AUC 0.735 (3-fold stratified "
                + "cross-validation").contains("the first snapshot after training, mcommerce_2026_10@1, ROC AUC 0.758");
        assertThat(model.retrainRecommendedProperty().get()).isEqualTo(model.decayProperty().get()
                .retrainRecommended()).isFalse();
        assertThat(model.retrainTextProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aSnapshotWithoutOutcomesSaysDecayWaitsForThem() {
        MonitorViewModel model = model();
        model.open(workspace.datasets().require("mcommerce_2026_11"), modelId);
        assertThat(model.decayFindingProperty().get()).startsWith("No outcomes in this snapshot yet");
        assertThat(model.retrainRecommendedProperty().get()).isFalse();
    }

    @Test
    void theScreenDefaultsToTheNewestSnapshotAndTheModelInUseAndComparesBandsWithTheSnapshotBefore() {
        reported.clear();
        var inService = services.inService();
        var useCase = inService.list().stream().filter(u -> u.name().equals("monitor test")).findFirst()
                .orElseGet(() -> inService.create("monitor test", workspace.datasets().require("mcommerce_2026_09"),
                        null, "test"));
        if (inService.modelInUse(useCase).isEmpty()) {
            inService.promote(useCase, modelId, "first model, test", "test", app.retention.task.TaskContext.silent());
        }
        MonitorViewModel model = model();
        model.refresh();
        assertThat(reported).isEmpty();
        DatasetInfo newest = model.snapshots().get(model.snapshots().size() - 1);
        assertThat(model.snapshotProperty().get()).isEqualTo(newest);
        assertThat(model.modelProperty().get().id()).isEqualTo(modelId);
        assertThat(model.modelProperty().get().toString()).endsWith("in use for monitor test");
        assertThat(model.headingProperty().get()).startsWith(newest.reference() + " (");
        assertThat(model.rows()).isNotEmpty();
        assertThat(model.rows().get(0).psi()).isGreaterThanOrEqualTo(model.rows().get(model.rows().size() - 1).psi());
        assertThat(model.summaryProperty().get()).containsAnyOf("inputs shifted", "No input has moved");
        MigrationViewModel migration = model.migration();
        assertThat(migration.beforeProperty().get().id()).isLessThan(newest.id());
        BandMigration.Report report = migration.reportProperty().get();
        assertThat(report).isNotNull();
        assertThat(report.after()).isEqualTo(newest.reference());
        assertThat(migration.newlyAtRisk()).hasSize(report.newlyAtRisk().size());
        assertThat(migration.findingProperty().get()).contains("moved up into " + report.bands().get(0));
        for (int i = 1; i < migration.newlyAtRisk().size(); i++) {
            assertThat(migration.newlyAtRisk().get(i).probabilityNow())
                    .isLessThanOrEqualTo(migration.newlyAtRisk().get(i - 1).probabilityNow());
        }
    }

    @Test
    void theNewlyAtRiskExportAsACallListWithProvenance() throws Exception {
        Path out = dir.resolve("newly-at-risk.csv");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.choose(out);
        MonitorViewModel withDialogs = new MonitorViewModel(services, new BackgroundTasks(
                new SynchronousTaskRunner()), reported::add, dialogs, notices::add);
        withDialogs.refresh();
        withDialogs.chooseModel(modelId);
        withDialogs.chooseSnapshot("mcommerce_2026_11");
        withDialogs.migration().beforeProperty().set(workspace.datasets().require("mcommerce_2026_10"));
        int movers = withDialogs.migration().newlyAtRisk().size();
        assertThat(movers).isPositive();
        withDialogs.migration().exportNewlyAtRisk();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.stream().filter(l -> l.startsWith("1,") || l.matches("^\\d+,.*"))).hasSize(movers);
        assertThat(notices).anySatisfy(n -> assertThat(n).startsWith("Call list of"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anySatisfy(n -> assertThat(n)
                    .startsWith("newly-at-risk.csv").isNotEqualTo("newly-at-risk.csv"));
        }
    }
}
