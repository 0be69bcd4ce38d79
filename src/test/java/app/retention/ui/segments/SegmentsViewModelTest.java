package app.retention.ui.segments;

import app.retention.data.SampleData;
import app.retention.segment.ColumnFilter;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.SegmentDefinition;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Score November with a September model, build a segment with live counts, save it and export a call list. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentsViewModelTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private long modelId;
    private final List<Throwable> reported = new ArrayList<>();
    private SegmentsViewModel model;

    @BeforeAll
    void prepare() throws Exception {
        modelId = SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        workspace = Workspace.open(dir.resolve("ws"));
        services = new Workbench(workspace, 2);
        model = new SegmentsViewModel(services, new BackgroundTasks(new SynchronousTaskRunner()), reported::add,
                new ScriptedDialogs());
        model.refresh();
        model.chooseModel(modelId);
        model.score();
    }

    /** Tests share the scored model: whatever a test typed or ticked, the next one starts from no filter. */
    @AfterEach
    void clearFilters() {
        for (RangeFilterViewModel r : List.of(model.filtering().probabilityRange(), model.filtering().valueRange())) {
            r.fromProperty().set("");
            r.toProperty().set("");
        }
        model.cutoffs().reset();
        model.tickBands(List.of());
        model.filtering().categoryFilters().forEach(f -> f.columns().stream().findFirst().ifPresent(c -> f.tick(c, List.of())));
        reported.clear();
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    @Test
    void refreshOffersTheStoredModelAndTheCurrentSnapshotWhoseChurnIsNotKnownYet() {
        assertThat(model.choice().models()).extracting(ModelChoice::id).containsExactly(modelId);
        assertThat(model.choice().datasetProperty().get().dataset().name()).isEqualTo(SampleData.CURRENT);
        assertThat(model.choice().datasetProperty().get().note()).isNull();
        assertThat(model.choice().noteProperty().get()).isEmpty();
        assertThat(model.choice().modelProperty().get().toString()).startsWith(modelId + " · Decision tree (J48) · AUC 0.");
    }

    @Test
    void scoringLoadsEveryCustomerWithBandsAndCategoryFilters() {
        assertThat(reported).isEmpty();
        ScoredData scored = model.scoredProperty().get();
        assertThat(scored.customers()).hasSize((int) scored.run().rowsScored()).hasSizeGreaterThan(19_000);
        assertThat(model.filtering().bandChoices()).extracting(Choice::value).containsExactly("High", "Medium", "Low");
        assertThat(model.filtering().categoryFilters().get(0).columns()).contains("country", "acquisition_channel");
        assertThat(model.counts().sizeTextProperty().get()).isEqualTo(String.format(java.util.Locale.US, "%,d",
                scored.customers().size()));
    }

    @Test
    void theSummaryBreaksTheSegmentDownByTheChannelOrAnyCategoryTheUserChooses() {
        BreakdownChoice breakdown = model.breakdown();
        assertThat(breakdown.columns()).contains("acquisition_channel", "country");
        assertThat(breakdown.chosenProperty().get()).isEqualTo("acquisition_channel");
        assertThat(model.counts().summaryProperty().get().breakdownColumn()).isEqualTo("acquisition_channel");
        boolean unsaved = model.export().unsavedChangesProperty().get();

        breakdown.chosenProperty().set("country");

        assertThat(model.counts().summaryProperty().get().breakdownColumn()).isEqualTo("country");
        assertThat(model.counts().summaryProperty().get().breakdown()).extracting(r -> r.value()).contains("BR");
        assertThat(model.export().unsavedChangesProperty().get()).as("a view, not a change").isEqualTo(unsaved);
        model.score(); // the same scoring again keeps the choice
        assertThat(breakdown.chosenProperty().get()).isEqualTo("country");
        breakdown.chosenProperty().set("acquisition_channel");
    }

    @Test
    void scoringAgainReusesTheStoredScoring() {
        long runs = workspace.scores().runs().size();
        model.score();
        assertThat(workspace.scores().runs()).hasSize((int) runs);
        assertThat(model.scoringTextProperty().get()).startsWith("Reused the scoring of " + SampleData.CURRENT
                + "@1 with model " + modelId + " (j48): ");
    }

    @Test
    void aControlGroupSmallerThanTheCampaignsSampleSizeIsFlaggedWithTheShareThatWouldDo() {
        model.controlShareProperty().set(0.01);
        String flag = model.counts().controlWarningProperty().get();

        assertThat(flag).startsWith("Too small to detect a 5-point drop: ");
        assertThat(flag).matches(".*(hold out \\d+% or widen the segment|widen the segment to at least .*)\\.");

        model.controlShareProperty().set(0.5);
        assertThat(model.counts().controlWarningProperty().get()).isEqualTo(flag.contains("hold out") ? "" : flag);
        model.controlShareProperty().set(0.10);
    }

    @Test
    void liveCountsMatchTheSegmentDefinitionsSelection() {
        model.tickBands(List.of("High", "Medium"));
        model.filtering().categoryFilters().get(0).tick("country", List.of("BR"));

        List<ColumnFilter> filters = model.filters();
        List<ScoredCustomer> expected = new SegmentDefinition("check", SampleData.CURRENT, 1,
                String.valueOf(modelId), filters).select(model.scoredProperty().get().customers());
        assertThat(filters).hasSize(2);
        assertThat(model.counts().selectedProperty().get()).isEqualTo(expected);
        assertThat(model.counts().summaryProperty().get().customers()).isEqualTo(expected.size());
        assertThat(model.counts().sizeTextProperty().get()).isEqualTo(String.format(java.util.Locale.US, "%,d",
                expected.size()));
        assertThat(expected).allMatch(c -> !c.band().equals("Low") && "BR".equals(c.attribute("country")));
        assertThat(model.counts().valueAtRiskTextProperty().get()).startsWith("R$ ");
        assertThat(model.campaign().planProperty().get()).isNotNull();
        assertThat(model.campaign().sampleSizeTextProperty().get()).contains("5-point");

        model.filtering().categoryFilters().get(0).tick("country", List.of());
        model.tickBands(List.of());
    }

    @Test
    void savingTheSegmentAndExportingACallListWritesTheCapacitysRows() throws Exception {
        model.tickBands(List.of("High"));
        model.saving().nameProperty().set("high risk");
        model.save();
        assertThat(reported).isEmpty();
        assertThat(model.export().segmentProperty().get().customers()).hasSize(model.counts().selectedProperty().get().size());
        assertThat(workspace.segments().find("high risk")).isPresent();

        model.campaign().capacityProperty().set(50);
        Path out = dir.resolve("calls.csv");
        model.export().destination().fileProperty().set(out.toString());
        model.export().export();

        assertThat(reported).isEmpty();
        assertThat(model.export().resultProperty().get().rows()).isEqualTo(50);
        List<String> lines = Files.readAllLines(out);
        long dataRows = lines.stream().skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertThat(dataRows).isEqualTo(50);
        assertThat(model.noticeProperty().get()).contains("calls.csv").contains("50 rows");
        model.tickBands(List.of());
    }

    @Test
    void typedRangesFilterByProbabilityAndValueAndWhatCannotBeReadIsSaidAndIgnored() {
        List<ScoredCustomer> everyone = model.scoredProperty().get().customers();
        RangeFilterViewModel probability = model.filtering().probabilityRange();
        RangeFilterViewModel value = model.filtering().valueRange();
        assertThat(value.columnProperty().get()).isEqualTo("clv_brl");

        probability.fromProperty().set("0,5");
        long expected = everyone.stream().filter(c -> c.probability() >= 0.5).count();
        assertThat(expected).isPositive().isLessThan(everyone.size());
        assertThat(model.counts().selectedProperty().get()).hasSize((int) expected)
                .allMatch(c -> c.probability() >= 0.5);
        assertThat(model.counts().filtersTextProperty().get()).contains("churn probability at least 0.5");

        value.fromProperty().set("1,000");
        assertThat(value.errorProperty().get()).isEqualTo("Customer value from: `1,000` could be 1000 or 1; "
                + "type 1000 or 1 to say which.");
        value.fromProperty().set("1.000,5");
        value.toProperty().set("5.000.000");
        assertThat(model.counts().filtersTextProperty().get()).contains("clv_brl from 1000.5 to under 5000000");
        value.fromProperty().set("1,000.5");
        value.toProperty().set("5000");
        assertThat(model.counts().selectedProperty().get()).isNotEmpty().allMatch(c -> c.probability() >= 0.5
                && c.value() >= 1000.5 && c.value() < 5000);
        assertThat(model.counts().filtersTextProperty().get()).contains("clv_brl from 1000.5 to under 5000");

        probability.fromProperty().set("abc");
        assertThat(probability.errorProperty().get()).isEqualTo("Churn probability from: `abc` is not a number.");
        assertThat(model.counts().filtersTextProperty().get()).doesNotContain("churn probability");
        probability.fromProperty().set("30");
        assertThat(probability.errorProperty().get()).contains("outside 0 to 1").contains("0.3 means 30%");
        probability.fromProperty().set("0.6");
        probability.toProperty().set("0.3");
        assertThat(probability.errorProperty().get())
                .isEqualTo("Churn probability: the start (0.6) must be below the end (0.3).");

        model.saving().nameProperty().set("unreadable range");
        model.save();
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0).getMessage()).startsWith("Fix the range before saving: ");
        assertThat(workspace.segments().find("unreadable range")).isEmpty();
        reported.clear();

        for (RangeFilterViewModel r : List.of(probability, value)) {
            r.fromProperty().set("");
            r.toProperty().set("");
        }
        assertThat(probability.errorProperty().get()).isEmpty();
        assertThat(model.counts().selectedProperty().get()).hasSize(everyone.size());
    }

    @Test
    void cutOffsSetByHandPutEveryCustomerInItsBandAndDefaultRestoresTheModelsBands() {
        BandCutoffsViewModel cutoffs = model.cutoffs();
        RiskBands defaults = model.scoredProperty().get().bands();
        // the fields read as the band sentences do
        assertThat(cutoffs.highProperty().get()).isEqualTo(defaults.cutoffTexts().get(0));
        assertThat(model.bandDescriptions().get(0)).contains(defaults.cutoffTexts().get(0) + " or more");

        cutoffs.mediumProperty().set("0.2");
        cutoffs.applyTyped();
        // High's text was left as shown (rounded): its exact cut-off is kept
        assertThat(model.scoredProperty().get().bands().cutoffs()).containsExactly(defaults.cutoffs().get(0), 0.2);

        cutoffs.highProperty().set("0,5");
        cutoffs.mediumProperty().set("0.2");
        cutoffs.applyTyped();
        assertThat(cutoffs.errorProperty().get()).isEmpty();
        ScoredData now = model.scoredProperty().get();
        assertThat(now.bands().cutoffs()).containsExactly(0.5, 0.2);
        assertThat(now.customers()).hasSize((int) now.run().rowsScored())
                .allMatch(c -> c.band().equals(c.probability() >= 0.5 ? "High" : c.probability() >= 0.2 ? "Medium"
                        : "Low"));
        assertThat(model.bandDescriptions().get(0)).contains("churn probability 0.5").contains("validation");
        model.tickBands(List.of("High"));
        assertThat(model.counts().selectedProperty().get()).hasSize((int) now.customers().stream()
                .filter(c -> c.probability() >= 0.5).count());
        model.tickBands(List.of());

        cutoffs.highProperty().set("0.2");
        cutoffs.mediumProperty().set("0.4");
        cutoffs.applyTyped();
        assertThat(cutoffs.errorProperty().get()).contains("must be lower than");
        assertThat(model.scoredProperty().get().bands().cutoffs()).containsExactly(0.5, 0.2);
        cutoffs.highProperty().set("");
        cutoffs.applyTyped();
        assertThat(cutoffs.errorProperty().get()).isEqualTo("Type the lowest churn probability of High, for "
                + "instance 0.5.");

        cutoffs.reset();
        assertThat(cutoffs.errorProperty().get()).isEmpty();
        assertThat(model.scoredProperty().get().bands()).isEqualTo(defaults);
        assertThat(model.scoredProperty().get().customers()).allMatch(c -> c.band().equals(defaults.assign(
                c.probability()).name()));
    }
}
