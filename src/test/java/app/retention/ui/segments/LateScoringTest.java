package app.retention.ui.segments;

import app.retention.data.SampleData;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.model.ModelService;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.testing.QueuedTaskRunner;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scoring that finishes after the user chose another model is not shown as the new model's (review bug of issue
 * 12): the newest request wins, and the screen checks the model as well as the dataset.
 */
class LateScoringTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private Workbench services;
    private final QueuedTaskRunner runner = new QueuedTaskRunner();
    private final List<Throwable> reported = new ArrayList<>();
    private SegmentsViewModel model;
    private long j48;
    private long bayes;

    @BeforeEach
    void open() throws Exception {
        j48 = SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        workspace = Workspace.open(dir.resolve("ws"));
        try (ModelService models = new ModelService(workspace, 1)) {
            bayes = models.crossValidate(workspace.datasets().require("mcommerce_2026_09"),
                    List.of(LearnerRequest.of("naivebayes")), new CvPlan(3, 1, 1, false, true),
                    TaskContext.silent()).get(0).id();
        }
        services = new Workbench(workspace, 1);
        model = new SegmentsViewModel(services, new BackgroundTasks(runner), reported::add, new ScriptedDialogs());
        model.refresh();
        runner.runAll(false);
    }

    @AfterEach
    void close() {
        services.close();
        workspace.close();
    }

    @Test
    void aScoringOfTheModelChosenBeforeIsDroppedWhenItFinishesAfterAnotherModelIsChosen() {
        model.chooseModel(j48);
        model.choice().chooseDataset(SampleData.CURRENT);
        model.score();
        model.chooseModel(bayes); // while J48's scoring is still under way
        assertThat(model.busyProperty().get()).isFalse();

        runner.runAll(false); // J48's scoring finishes late

        assertThat(model.scoredProperty().get()).isNull();
        assertThat(model.choice().modelProperty().get().id()).isEqualTo(bayes);

        model.score();
        runner.runAll(false);
        assertThat(model.scoredProperty().get().run().modelId()).isEqualTo(bayes);
        assertThat(reported).isEmpty();
    }
}
