package app.retention.ui.monitor;

import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

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
        return new MonitorViewModel(services.monitoring(), services.inService(),
                new BackgroundTasks(new SynchronousTaskRunner()), reported::add);
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
        assertThat(model.retrainRecommendedProperty().get())
                .isEqualTo(model.reportProperty().get().decay().orElseThrow().retrainRecommended());
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
    void withoutAModelAndWithoutAUseCaseTheFailureIsReportedNotThrown() {
        reported.clear();
        MonitorViewModel model = model();
        model.open(workspace.datasets().require("mcommerce_2026_11"), null);
        assertThat(reported).singleElement().satisfies(e -> assertThat(e.getMessage())
                .startsWith("Choose the model to monitor"));
        assertThat(model.rows()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
