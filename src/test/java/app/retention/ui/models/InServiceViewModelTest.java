package app.retention.ui.models;

import app.retention.domain.ServiceAction;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.ui.testing.ScriptedDialogs;
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

/**
 * The Models screen's "in use" strip without a toolkit (issue 16): a first model put in use on its evidence, a
 * challenger put in use (on evidence or, when the rule refuses, only with a written reason), the history, the
 * leaderboard's marks, and a rollback with its reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InServiceViewModelTest {

    private static final String USE_CASE = "mcommerce 30-day churn";

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private long champion;
    private long challenger;
    private final List<Throwable> reported = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    void open() throws Exception {
        champion = SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        workspace = Workspace.open(dir.resolve("ws"));
        services = new Workbench(workspace, 2);
        challenger = services.training().crossValidate(workspace.datasets().require("mcommerce_2026_09"),
                List.of(LearnerRequest.of("logistic")), new CvPlan(3, 1, 1, false, true), TaskContext.silent())
                .get(0).id();
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    private InServiceViewModel model() {
        return new InServiceViewModel(services, new BackgroundTasks(new SynchronousTaskRunner()), reported::add,
                dialogs, notices::add);
    }

    @Test
    void aModelIsPutInUseOnItsEvidenceThenAChallengerAndARollbackRestoresTheFirst() {
        InServiceViewModel model = model();
        model.refresh();
        assertThat(model.stateProperty().get()).startsWith("No use case yet");
        assertThat(model.canRollBackProperty().get()).isFalse();

        PromoteViewModel first = model.promote(champion);
        first.useCaseNameProperty().set(USE_CASE); // a new use case: weighed against chance
        assertThat(first.weighedProperty().get()).isTrue();
        assertThat(first.evidenceProperty().get()).startsWith("Weighed on mcommerce_2026_10@1").contains("ROC AUC")
                .contains("DeLong's test: p");
        assertThat(first.passedProperty().get()).as(first.verdictProperty().get()).isTrue();
        assertThat(first.canConfirm().get()).isTrue();
        boolean[] closed = {false};
        first.confirm(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(model.stateProperty().get()).startsWith("In use: model " + champion + ", Decision tree (J48), since ");
        assertThat(model.inUse()).containsEntry(champion, USE_CASE);
        assertThat(model.history()).singleElement().satisfies(e -> assertThat(e).contains("put model " + champion
                + " in use"));

        PromoteViewModel second = model.promote(challenger);
        assertThat(second.useCaseNameProperty().get()).isEqualTo(USE_CASE);
        second.weigh();
        assertThat(second.evidenceProperty().get()).contains("Model in use (" + champion + ")");
        if (!second.passedProperty().get()) {
            // refused: the reason is required, and nothing can be confirmed without it
            assertThat(second.verdictProperty().get()).startsWith("The rule refuses:");
            assertThat(second.canConfirm().get()).isFalse();
            second.reasonProperty().set("the new model reads the new app version");
        }
        assertThat(second.canConfirm().get()).isTrue();
        second.confirm(() -> { });
        assertThat(reported).isEmpty();
        assertThat(services.inService().modelInUse(services.inService().require(USE_CASE))).contains(challenger);
        assertThat(model.inUse()).containsOnlyKeys(challenger);
        assertThat(model.history()).hasSize(2).first().satisfies(e -> assertThat(e).contains("put model "
                + challenger + " in use instead of model " + champion));
        assertThat(model.canRollBackProperty().get()).isTrue();

        dialogs.type("the new model scores the campaign list oddly");
        model.rollBack();
        assertThat(services.inService().modelInUse(services.inService().require(USE_CASE))).contains(champion);
        assertThat(model.history()).hasSize(3).first().satisfies(e -> assertThat(e)
                .contains("rolled back from model " + challenger + " to model " + champion)
                .contains("reason: the new model scores the campaign list oddly"));
        assertThat(services.inService().history(services.inService().require(USE_CASE))).last()
                .satisfies(e -> assertThat(e.action()).isEqualTo(ServiceAction.ROLLBACK));
        assertThat(notices).anySatisfy(n -> assertThat(n).startsWith("Rolled back: model " + champion));
    }

    @Test
    void aModelAlreadyInUseIsNotWeighedAgain() {
        InServiceViewModel model = model();
        model.refresh();
        Long inUse = model.inUse().keySet().stream().findFirst().orElse(null);
        if (inUse == null) {
            return; // the other test has not run yet: nothing in use to ask about
        }
        PromoteViewModel again = model.promote(inUse);
        again.weigh();
        assertThat(again.verdictProperty().get()).contains("already in use");
        assertThat(again.canConfirm().get()).isFalse();
    }
}
