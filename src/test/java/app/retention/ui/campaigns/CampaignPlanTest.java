package app.retention.ui.campaigns;

import app.retention.domain.ExportKind;
import app.retention.domain.SegmentRanking;
import app.retention.segment.CallOrder;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.Segment;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.StatusBarViewModel;
import app.retention.ui.segments.ScoredData;
import app.retention.ui.segments.SegmentExportViewModel;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.ui.segments.SegmentsViewModel;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Campaigns screen's plan says how the call list was ordered in the readout's words: by the model's churn risk,
 * or, for a campaign cut from a segment ranked by predicted uplift, "persuadables first" with the campaign whose
 * uplift model ranked it. Two campaigns launched from the Segments screen's export, one of each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignPlanTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private CampaignsViewModel model;
    private long modelId;
    private String dataset;

    @BeforeAll
    void launchOneCampaignByRiskAndOneByUplift() throws Exception {
        modelId = SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        workspace = Workspace.open(dir.resolve("ws"));
        BackgroundTasks tasks = new BackgroundTasks(new SynchronousTaskRunner());
        StatusBarViewModel statusBar = new StatusBarViewModel(tasks);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        services = new Workbench(workspace, 2);
        SegmentsViewModel segments = new SegmentsViewModel(services, tasks, statusBar, dialogs);
        segments.refresh();
        segments.chooseModel(modelId);
        segments.score();
        segments.tickBands(List.of("High", "Medium"));
        segments.saving().nameProperty().set("at risk");
        segments.save();
        segments.campaign().capacityProperty().set(200);
        launch(segments.export(), "By risk", "risk.csv");

        // a segment ranked by predicted uplift, stored with it: the uplift of an earlier campaign's model (whose
        // model is gone, as the segment allows), here the customers' keys in reverse as their uplift order
        ScoredData data = segments.scoredProperty().get();
        dataset = data.run().datasetReference();
        List<String> keys = data.customers().stream().map(ScoredCustomer::key).sorted().toList();
        Map<String, Double> uplift = keys.stream().collect(Collectors.toMap(k -> k,
                k -> (double) keys.indexOf(k) / keys.size()));
        Segment persuadables = services.segments().create("persuadables", data.run(), segments.filters(),
                data.bands(), segments.playbook().playbookFor(data.bands()), 0.2, 1, data.value(),
                CallOrder.byUplift(new SegmentRanking(null, "Spring winback", uplift)), TaskContext.silent());
        segments.export().segmentProperty().set(persuadables);
        launch(segments.export(), "Persuadables", "persuadables.csv");
        assertThat(statusBar.lastErrorProperty().get()).isEmpty();

        model = new CampaignsViewModel(services.campaigns(), services.uplift(), tasks, statusBar, s -> { }, dialogs);
        model.refresh();
    }

    private static void launch(SegmentExportViewModel export, String campaign, String file) {
        export.destination().fileProperty().set(dir.resolve(file).toString());
        export.kindProperty().set(ExportKind.CALL_LIST);
        export.launch().launchProperty().set(true);
        export.launch().nameProperty().set(campaign);
        export.launch().startProperty().set(LocalDate.of(2026, 11, 29));
        export.export();
        assertThat(export.launch().launchedProperty().get()).isEqualTo(campaign);
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    @Test
    void aCampaignRankedByPredictedUpliftSaysPersuadablesFirstInItsPlan() {
        select("Persuadables");
        assertThat(callOrder()).isEqualTo("ranked by predicted uplift from campaign Spring winback's uplift model: "
                + "persuadables first (risk from model " + modelId + " (" + learner() + ") on " + dataset + ")");
        assertThat(model.planProperty().get()).noneMatch(r -> r.label().equals("Ranked by"));
    }

    @Test
    void aCampaignRankedByChurnRiskSaysTheModelInItsPlan() {
        select("By risk");
        assertThat(callOrder()).isEqualTo("ranked by model " + modelId + " (" + learner() + ") on " + dataset)
                .doesNotContain("uplift");
    }

    private void select(String name) {
        model.selectedProperty().set(model.campaigns().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow());
    }

    private String learner() {
        return model.selectedProperty().get().campaign().modelLearner();
    }

    private String callOrder() {
        return model.planProperty().get().stream().filter(r -> r.label().equals("Call order")).findFirst()
                .orElseThrow().cells().get(0);
    }
}
