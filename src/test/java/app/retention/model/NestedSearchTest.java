package app.retention.model;

import app.retention.evaluate.MetricSet;
import app.retention.task.TaskContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instance;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The tuner's search never sees an outer test fold (docs/adr/0022): nested cross-validation stays honest. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NestedSearchTest {

    @TempDir
    static Path dir;
    private Instances data;
    private ExecutorService pool;

    @BeforeAll
    void sample() throws Exception {
        // 400 customers of the September sample, as a file (importing all three snapshots takes long)
        List<String> lines = java.nio.file.Files.readAllLines(Path.of("sample-data/mcommerce_2026_09.csv"));
        Path file = java.nio.file.Files.write(dir.resolve("small.csv"), lines.subList(0, 401));
        try (app.retention.store.Workspace ws = app.retention.store.Workspace.open(dir.resolve("ws"))) {
            app.retention.domain.DatasetInfo small = new app.retention.data.ImportService(ws.datasets()).importFile(
                    file, new app.retention.data.ImportOptions("small", "churned_30d", null, false),
                    TaskContext.silent()).dataset();
            data = DatasetInstances.read(ws, small, TaskContext.silent()).instances();
        }
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
    }

    private ModelTuner.Nested tune(List<CrossValidator.Split> splits, CvPlan plan) {
        return new ModelTuner(pool).searchAndMeasure(data, plan, splits,
                LearnerCatalog.searchSpace("xgboost", data.numAttributes() - 1), TuningBudget.candidates(3), 3,
                List.of(), new TuningStop(), p -> { }, new CrossValidator(pool), TaskContext.silent());
    }

    @Test
    void poisoningTheOuterTestFoldsChangesTheirScoresButNotTheSettingsChosen() {
        CvPlan plan = new CvPlan(3, 1, 1, false, false);
        List<CrossValidator.Split> honest = CrossValidator.splits(data, plan);
        List<CrossValidator.Split> poisoned = honest.stream().map(s -> new CrossValidator.Split(s.train(),
                flipped(s.test()), s.rows(), s.pooled())).toList();

        ModelTuner.Nested clean = tune(honest, plan);
        ModelTuner.Nested dirty = tune(poisoned, plan);

        assertThat(dirty.perSplit()).isEqualTo(clean.perSplit());
        assertThat(dirty.found().best()).isEqualTo(clean.found().best());
        assertThat(dirty.found().bestAuc()).containsExactly(clean.found().bestAuc());
        // the poison did reach the scoring: every test fold's AUC turned into its mirror image
        List<MetricSet> cleanFolds = clean.outcome().evaluation().folds();
        List<MetricSet> dirtyFolds = dirty.outcome().evaluation().folds();
        for (int f = 0; f < cleanFolds.size(); f++) {
            assertThat(dirtyFolds.get(f).rocAuc()).isCloseTo(1 - cleanFolds.get(f).rocAuc(),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(clean.outcome().evaluation().mean(MetricSet::rocAuc)).isGreaterThan(0.6);
        // the settings searched differed from one another: the search did choose
        assertThat(clean.found().tried()).isEqualTo(3);
    }

    @Test
    void aFoldsSettingsAreChosenWithoutItsTestCustomersOnly() {
        CvPlan plan = new CvPlan(3, 1, 1, false, false);
        List<CrossValidator.Split> splits = CrossValidator.splits(data, plan);
        for (CrossValidator.Split split : splits) {
            assertThat(split.train().numInstances() + split.test().numInstances()).isEqualTo(data.numInstances());
        }
        ModelTuner.Nested nested = tune(splits, plan);
        // one choice per outer training set, and one for the model kept (all customers)
        assertThat(nested.perSplit()).hasSize(3);
        assertThat(nested.found().best()).hasSize(4);
        assertThat(nested.outcome().evaluation().design()).isEqualTo(plan.describe());
    }

    private static Instances flipped(Instances test) {
        Instances copy = new Instances(test);
        for (Instance customer : copy) {
            customer.setClassValue(1 - customer.classValue());
        }
        return copy;
    }
}
