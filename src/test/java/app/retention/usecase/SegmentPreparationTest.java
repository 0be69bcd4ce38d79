package app.retention.usecase;

import app.retention.data.SampleData;
import app.retention.domain.DatasetInfo;
import app.retention.model.ModelException;
import app.retention.model.ModelFiles;
import app.retention.segment.RiskBand;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.ui.segments.SegmentsTestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Score or reuse → bands → value → customers on the sample, with a J48 model trained on September: its own
 * training data is an in-sample backtest, October a backtest with the outcome known, November a forecast.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentPreparationTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private long modelId;

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

    private PreparedSegment prepare(String dataset) {
        return services.preparation().prepare(workspace.datasets().require(dataset), modelId, null,
                ValueChoice.ofDataset(), TaskContext.silent());
    }

    @Test
    void theModelsOwnTrainingDataIsAnInSampleBacktestWithoutValidationRatesAndWithoutWhoAlreadyChurned() {
        PreparedSegment september = prepare("mcommerce_2026_09");

        assertThat(september.backtest().kind()).isEqualTo(Backtest.Kind.TRAINING_DATA);
        assertThat(september.backtest().alreadyChurned()).isEqualTo(4_302);
        assertThat(september.customers()).hasSize(20_000 - 4_302)
                .allMatch(c -> "No".equals(c.attribute("churned_30d")));
        assertThat(september.bands().describe()).allMatch(d -> d.contains("in-sample"))
                .noneMatch(d -> d.contains("churned in validation") || d.contains("% of"));
        assertThat(september.bands().bands()).noneMatch(RiskBand::checkedInValidation);
        assertThat(september.backtestSentence()).startsWith("Backtest: mcommerce_2026_09@1 is the data model "
                + modelId + " was trained on").endsWith("4,302 customers who already churned were left out.");
    }

    @Test
    void aLaterSnapshotWhoseChurnIsKnownIsABacktestThatLeavesOutWhoAlreadyChurned() {
        PreparedSegment october = prepare("mcommerce_2026_10");

        assertThat(october.backtest().kind()).isEqualTo(Backtest.Kind.OUTCOME_KNOWN);
        assertThat(october.backtest().outcomesKnown()).isEqualTo(19_697);
        assertThat(october.backtest().alreadyChurned()).isEqualTo(3_591);
        assertThat(october.customers()).hasSize(19_697 - 3_591);
        assertThat(october.bands().describe().get(0)).contains("churned in validation");
        assertThat(october.backtestSentence()).contains("already says who churned")
                .endsWith("3,591 customers who already churned were left out.");
    }

    @Test
    void theCurrentSnapshotIsAForecastThatKeepsEveryCustomer() {
        PreparedSegment november = prepare(SampleData.CURRENT);

        assertThat(november.backtest().kind()).isEqualTo(Backtest.Kind.FORECAST);
        assertThat(november.backtest().alreadyChurned()).isZero();
        assertThat(november.customers()).hasSize((int) november.scoring().rowsScored()).hasSize(19_413);
        assertThat(november.backtestSentence()).isEmpty();
        assertThat(november.value()).isEqualTo(SampleData.VALUE);
    }

    @Test
    void preparingAgainReusesTheScoringAndGivesTheSameCustomers() {
        PreparedSegment first = prepare(SampleData.CURRENT);
        PreparedSegment again = prepare(SampleData.CURRENT);

        assertThat(again.reused()).isTrue();
        assertThat(again.scoring()).isEqualTo(first.scoring());
        assertThat(again.customers()).isEqualTo(first.customers());
    }

    @Test
    void cutOffsSetByHandAreExplainedByTheSameValidationScores() {
        DatasetInfo november = workspace.datasets().require(SampleData.CURRENT);
        PreparedSegment prepared = services.preparation().prepare(november, modelId, List.of(0.5, 0.2),
                ValueChoice.none(), TaskContext.silent());

        assertThat(prepared.bands().cutoffs()).containsExactly(0.5, 0.2);
        assertThat(prepared.bands()).isEqualTo(prepared.basis().at(List.of(0.5, 0.2)));
        assertThat(prepared.value().isSet()).isFalse();
        assertThat(prepared.customers()).allMatch(c -> c.band().equals(c.probability() >= 0.5 ? "High"
                : c.probability() >= 0.2 ? "Medium" : "Low"));
    }

    @Test
    void calibrationIsFittedOnceAndTheBandsAreCutFromScoresOnTheSameScale() {
        var catalog = services.models();

        assertThat(catalog.calibration(modelId)).isSameAs(catalog.calibration(modelId));
        double[] raw = catalog.run(modelId).evaluation().predictions().probabilities();
        assertThat(catalog.validationScores(modelId).probabilities())
                .containsExactly(catalog.calibration(modelId).apply(raw));
    }

    @Test
    void anUnknownModelIsRefusedWithTheSameMessageEverywhere() {
        String message = "There is no model 999. The command `models` lists them.";
        DatasetInfo november = workspace.datasets().require(SampleData.CURRENT);

        assertThatThrownBy(() -> services.preparation().prepare(november, 999, null, ValueChoice.none(),
                TaskContext.silent())).isInstanceOf(ModelException.class).hasMessage(message);
        assertThatThrownBy(() -> services.scoring().score(november, 999, false, TaskContext.silent()))
                .hasMessage(message);
        assertThatThrownBy(() -> services.training().run(999)).hasMessage(message);
        assertThatThrownBy(() -> new ModelFiles(workspace).export(999, dir.resolve("m.rwm"))).hasMessage(message);
    }
}
