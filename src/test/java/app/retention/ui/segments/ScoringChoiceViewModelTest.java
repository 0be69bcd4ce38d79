package app.retention.ui.segments;

import app.retention.domain.CustomerValue;
import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.data.SampleData;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring the right customers on the Segments screen: only models that can rank, only datasets that fit, the
 * current month by default, and a backtest said before and after scoring.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoringChoiceViewModelTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private long j48;
    private long zeror;
    private long rules;
    private final List<Throwable> reported = new ArrayList<>();
    private SegmentsViewModel model;

    @BeforeAll
    void prepare() throws Exception {
        j48 = SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        workspace = Workspace.open(dir.resolve("ws"));
        services = new Workbench(workspace, 2);
        var september = workspace.datasets().require("mcommerce_2026_09");
        var runs = services.training().crossValidate(september, List.of(LearnerRequest.of("zeror"),
                new LearnerRequest("rules", Map.of("rule", SampleData.CHURN_RULE))),
                new CvPlan(3, 1, 1, false, true), TaskContext.silent());
        zeror = runs.get(0).id();
        rules = runs.get(1).id();
        Path bank = dir.resolve("bank.csv");
        Files.writeString(bank, "CustomerId,CreditScore,Exited\n1,600,1\n2,700,0\n3,650,0\n", StandardCharsets.UTF_8);
        new ImportService(workspace.datasets()).importFile(bank, new ImportOptions("bank", "Exited", null, false),
                TaskContext.silent());
        model = new SegmentsViewModel(services, new BackgroundTasks(new SynchronousTaskRunner()), reported::add,
                new ScriptedDialogs());
        model.refresh();
    }

    @AfterEach
    void backToTheDefaults() {
        model.choice().showRuleBaselineProperty().set(false);
        model.chooseModel(j48);
        model.choice().chooseDataset(SampleData.CURRENT);
        reported.clear();
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    @Test
    void theNoSkillReferenceIsNeverOfferedAndTheRuleBaselineOnlyWhenAskedFor() {
        assertThat(model.choice().models()).extracting(ModelChoice::id).containsExactly(j48).doesNotContain(zeror);

        model.choice().showRuleBaselineProperty().set(true);

        assertThat(model.choice().models()).extracting(ModelChoice::id).containsExactly(j48, rules);
        assertThat(model.choice().modelProperty().get().id()).isEqualTo(j48); // the choice is kept
    }

    @Test
    void datasetsWhoseColumnsDoNotFitTheModelAreOfferedDisabledWithTheReason() {
        DatasetChoice bank = model.choice().datasets().stream().filter(d -> d.dataset().name().equals("bank")).findFirst()
                .orElseThrow();

        assertThat(bank.fits()).isFalse();
        assertThat(bank.misfit()).contains("`sessions_30d` is missing");
        assertThat(bank.label()).contains("does not fit: country is missing").doesNotContain("`"); // finding m6
        assertThat(model.choice().datasets()).filteredOn(DatasetChoice::fits).extracting(d -> d.dataset().name())
                .containsExactlyInAnyOrder("mcommerce_2026_09", "mcommerce_2026_10", SampleData.CURRENT);

        model.choice().chooseDataset("bank");
        model.score();

        assertThat(reported).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("bank@1 does not fit model " + j48 + ": `");
        assertThat(model.scoredProperty().get()).isNull();
    }

    @Test
    void theValueIsTheOneSetForTheDatasetAndCanBeChangedOrLeftOutWithoutScoringAgain() throws Exception {
        assertThat(model.choice().value().valueColumns()).startsWith(CustomerValueChoice.NO_VALUE)
                .contains("clv_brl", "avg_basket_brl").doesNotContain("customer_id", "country");
        // the sample's value as its generator documents it, set at import; never a guess from a column's name
        assertThat(model.choice().value().customerValueProperty().get()).isEqualTo(SampleData.VALUE);
        assertThat(model.choice().value().currencyProperty().get()).isEqualTo("BRL");
        model.score();
        long scorings = workspace.scores().runs().size();
        assertThat(model.counts().valueAtRiskTextProperty().get()).startsWith("R$ ");

        model.choice().value().valueColumnProperty().set(CustomerValueChoice.NO_VALUE);
        assertThat(model.scoredProperty().get().value().isSet()).isFalse();
        assertThat(model.counts().valueAtRiskTextProperty().get()).isEqualTo("no value set");
        assertThat(model.campaign().outcomeTextProperty().get()).contains("No customer value is set");

        // a monthly amount in another currency, projected over 12 months: twelve times the column, in US$
        model.choice().value().valueColumnProperty().set("avg_basket_brl");
        model.choice().value().currencyProperty().set("USD");
        model.choice().value().basisProperty().set(CustomerValue.Basis.MONTHLY);
        assertThat(model.scoredProperty().get().value()).isEqualTo(CustomerValue.monthly("avg_basket_brl", "USD", 12));
        assertThat(model.scoredProperty().get().customers()).allMatch(c -> c.value() == 12 * ((Number) c.attribute(
                "avg_basket_brl")).doubleValue());
        assertThat(model.counts().valueAtRiskTextProperty().get()).startsWith("US$ ");
        assertThat(workspace.scores().runs()).hasSize((int) scorings);
        // remembered for the dataset: the next segment of it (or the CLI) starts from this value
        assertThat(workspace.datasets().customerValue(SampleData.CURRENT))
                .isEqualTo(CustomerValue.monthly("avg_basket_brl", "USD", 12));

        model.choice().value().basisProperty().set(CustomerValue.Basis.LIFETIME);
        model.choice().value().currencyProperty().set("BRL");
        model.choice().value().valueColumnProperty().set("clv_brl");
        assertThat(workspace.datasets().customerValue(SampleData.CURRENT)).isEqualTo(SampleData.VALUE);
    }

    @Test
    void theDefaultIsTheNewestFittingDatasetThatIsNotTheModelsTrainingData() {
        assertThat(model.choice().datasetProperty().get().dataset().name()).isEqualTo(SampleData.CURRENT);
        assertThat(model.choice().noteProperty().get()).isEmpty();
    }

    @Test
    void choosingTheTrainingDataSaysItIsABacktestBeforeScoringAndScoringDescribesInSampleBands() {
        model.choice().chooseDataset("mcommerce_2026_09");

        assertThat(model.choice().noteProperty().get()).startsWith("Backtest: model " + j48
                + " was trained on mcommerce_2026_09").contains("in-sample");
        model.score();

        assertThat(reported).isEmpty();
        assertThat(model.bandDescriptions()).allMatch(d -> d.contains("in-sample")).noneMatch(d -> d.contains(
                "churned in validation") || d.contains("% of"));
        assertThat(model.scoringTextProperty().get()).contains("Backtest: mcommerce_2026_09@1 is the data model")
                .endsWith("4,302 customers who already churned were left out.");
        assertThat(model.scoredProperty().get().customers()).hasSize(20_000 - 4_302)
                .allMatch(c -> "No".equals(c.attribute("churned_30d")));
        model.cutoffs().highProperty().set("0.5");
        model.cutoffs().applyTyped();
        assertThat(model.bandDescriptions()).allMatch(d -> d.contains("in-sample"));
    }

    @Test
    void aSnapshotWhoseChurnIsKnownIsABacktestAndItsChurnersStayOffTheList() {
        model.choice().chooseDataset("mcommerce_2026_10");

        assertThat(model.choice().noteProperty().get()).startsWith("Backtest: mcommerce_2026_10 already says "
                + "who churned");
        model.score();

        assertThat(model.scoringTextProperty().get()).endsWith("3,591 customers who already churned were left out.");
        assertThat(model.scoredProperty().get().customers()).noneMatch(c -> "Yes".equals(c.attribute("churned_30d")));
        assertThat(model.bandDescriptions().get(0)).contains("churned in validation");
    }
}
