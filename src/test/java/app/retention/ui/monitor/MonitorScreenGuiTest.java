package app.retention.ui.monitor;

import app.retention.domain.UseCaseRecord;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.customer.CustomerCardViewModel;
import app.retention.ui.models.InServiceViewModel;
import app.retention.ui.models.LeaderboardRow;
import app.retention.ui.models.ModelsViewModel;
import app.retention.ui.segments.ScoringChoiceViewModel;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.ui.testing.FxRead;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.BandMigration;
import app.retention.usecase.Workbench;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Models in service on screen with the default choices (issue 16): a challenger put in use on the Models screen is the
 * model in use on Segments; a rollback restores the first; the Monitor screen opens on the newest snapshot (November)
 * against the model in use and lists the drift, most shifted first; a double-click on a customer newly at risk
 * opens their card.
 */
@Tag("slow") // trains a second model and scores snapshots in memory: about two minutes
class MonitorScreenGuiTest {

    private static final String USE_CASE = "mcommerce 30-day churn";

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private WorkbenchApp workbench() {
        return (WorkbenchApp) app;
    }

    @Test
    void aChallengerPutInUseServesSegmentsARollbackRestoresTheFirstAndMonitorShowsNovembersDrift() throws Exception {
        Path ws = dir.resolve("ws");
        long champion = SegmentsTestData.sampleWithModelAt(ws);
        long challenger;
        try (Workspace workspace = Workspace.open(ws); Workbench services = new Workbench(workspace, 2)) {
            UseCaseRecord useCase = services.inService().create(USE_CASE, workspace.datasets()
                    .require("mcommerce_2026_09"), null, "test");
            services.inService().promote(useCase, champion, "first model, test", "test", TaskContext.silent());
            challenger = services.training().crossValidate(workspace.datasets().require("mcommerce_2026_09"),
                    List.of(LearnerRequest.of("logistic")), new CvPlan(3, 1, 1, false, true), TaskContext.silent())
                    .get(0).id();
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(ws, new PooledTaskRunner(2, Platform::runLater),
                dialogs));
        WaitForAsyncUtils.waitForFxEvents();

        // Models: September's models, the challenger focused, "Put in use…"
        robot.clickOn("#modelsNav");
        ModelsViewModel models = workbench().model().models();
        InServiceViewModel inService = workbench().model().inService();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxRead.of(() -> !models.datasets().isEmpty()));
        robot.interact(() -> models.datasetProperty().set(models.datasets().stream()
                .filter(d -> d.name().equals("mcommerce_2026_09")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxRead.of(() -> row(models, challenger) != null
                && inService.inUse().containsKey(champion)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".in-use-model").tryQuery().isPresent());
        assertThat(robot.lookup("#stateLabel").queryAs(Label.class).getText())
                .startsWith("In use: model " + champion + ", Decision tree (J48), since ");
        robot.interact(() -> models.comparison().focus(row(models, challenger)));
        robot.clickOn("#promoteButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".evidence-text").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        Label evidence = robot.lookup(".evidence-text").queryAs(Label.class);
        assertThat(evidence.getText()).contains("Model in use (" + champion + ")").contains("DeLong's test: p");
        Button putInUse = (Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .lookupButton(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getButtonTypes().stream()
                        .filter(b -> b.getText().equals("Put in use")).findFirst().orElseThrow());
        if (putInUse.isDisable()) { // refused: the override needs a written reason
            TextArea reason = robot.lookup("#reasonArea").queryAs(TextArea.class);
            robot.interact(() -> reason.setText("reads the new app version"));
        }
        assertThat(putInUse.isDisable()).isFalse();
        robot.interact(putInUse::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxRead.of(() -> inService.inUse()
                .containsKey(challenger)));

        // Segments: the chooser defaults to the model now in use, and says so
        robot.clickOn("#segmentsNav");
        ScoringChoiceViewModel choice = workbench().model().segments().choice();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxRead.of(() -> choice.modelProperty().get() != null
                && choice.modelProperty().get().id() == challenger));
        assertThat(FxRead.of(() -> choice.modelProperty().get().toString())).endsWith("in use for " + USE_CASE);

        // Models: "Roll back…" with a reason restores the first model
        robot.clickOn("#modelsNav");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxRead.of(() -> inService.canRollBackProperty().get()));
        dialogs.type("the challenger ranks the campaign list oddly");
        robot.clickOn("#rollbackButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxRead.of(() -> inService.inUse()
                .containsKey(champion) && inService.history().size() == 3));
        assertThat(FxRead.of(() -> inService.history().get(0))).contains("rolled back from model " + challenger)
                .contains("the challenger ranks the campaign list oddly");

        // Monitor: November (the newest snapshot) against the model in use, inputs most shifted first
        robot.clickOn("#monitorNav");
        MonitorViewModel monitor = workbench().model().monitor();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> FxRead.of(() -> !monitor.rows().isEmpty()
                && monitor.reportProperty().get() != null));
        assertThat(FxRead.of(() -> monitor.modelProperty().get().id())).isEqualTo(champion);
        assertThat(robot.lookup("#headingLabel").queryAs(Label.class).getText()).startsWith("mcommerce_2026_11@1 (")
                .contains("the training data of model " + champion);
        List<DriftRow> rows = FxRead.of(() -> List.copyOf(monitor.rows()));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).psi()).isLessThanOrEqualTo(rows.get(i - 1).psi());
        }
        DriftRow top = rows.get(0);
        if (top.psi() >= MonitorViewModel.WATCH) {
            assertThat(top.findings()).startsWith(top.feature()).contains("PSI");
        }
        assertThat(robot.lookup(".drift-table").queryAll()).isNotEmpty();

        // Band migration: October to November; a double-click on a customer newly at risk opens their card
        robot.clickOn("Band migration");
        MigrationViewModel migration = monitor.migration();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> FxRead.of(() -> migration.reportProperty().get()
                != null && !migration.newlyAtRisk().isEmpty()));
        assertThat(FxRead.of(() -> migration.beforeProperty().get().reference())).isEqualTo("mcommerce_2026_10@1");
        BandMigration.Mover first = FxRead.of(() -> migration.newlyAtRisk().get(0));
        WaitForAsyncUtils.waitForFxEvents();
        Node firstRow = robot.lookup(".call-list-preview .table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getItem() == first).findFirst().orElseThrow();
        robot.doubleClickOn(firstRow, MouseButton.PRIMARY);
        CustomerCardViewModel card = workbench().model().customerCard();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxRead.of(() -> card.cardProperty().get() != null));
        assertThat(FxRead.of(() -> card.cardProperty().get().customer())).isEqualTo(first.customer());
        assertThat(workbench().view().customerCard().isShowing()).isTrue();
        assertThat(FxRead.of(() -> card.lines().stream().map(CustomerCardViewModel.Line::text).toList()))
                .anySatisfy(t -> assertThat(t).startsWith("mcommerce_2026_11@1"));
    }

    private static LeaderboardRow row(ModelsViewModel models, long id) {
        return models.comparison().rows().stream().filter(r -> r.hasRun() && r.run().id() == id).findFirst()
                .orElse(null);
    }
}
