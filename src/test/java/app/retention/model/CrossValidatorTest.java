package app.retention.model;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.data.SampleData;
import app.retention.domain.DatasetInfo;
import app.retention.evaluate.MetricSet;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.SharedDatasets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossValidatorTest {

    @TempDir
    static Path dir;
    Workspace workspace;
    DatasetInfo telco;
    Instances telcoData;

    @BeforeAll
    void load() {
        workspace = Workspace.open(dir.resolve("ws"));
        telco = new ImportService(workspace.datasets()).importFile(SharedDatasets.file("telco_customer_churn.csv"),
                ImportOptions.defaults(), TaskContext.silent()).dataset();
        telcoData = DatasetInstances.read(workspace, telco, TaskContext.silent()).instances();
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    private static List<ModelEvaluation> run(Instances data, int threads, List<LearnerRequest> learners) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return new CrossValidator(pool).crossValidate(data, learners, 5, 1, TaskContext.silent());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTargetAndFeaturesAreChosenByRole() {
        assertThat(telcoData.numInstances()).isEqualTo(7043);
        assertThat(telcoData.classAttribute().name()).isEqualTo("Churn");
        assertThat(telcoData.attribute("customerID")).isNull();
        assertThat(telcoData.numAttributes()).isEqualTo(20);
        long churners = telcoData.stream().filter(i -> i.classValue() == 1).count();
        assertThat(churners).isEqualTo(1869);
    }

    @Test
    @Tag("slow") // ~20 s
    void parallelFoldsGiveTheSameNumbersAsSequentialOnes() {
        List<LearnerRequest> learners = List.of(LearnerRequest.of("j48"),
                new LearnerRequest("randomforest", Map.of("trees", "20")));
        List<ModelEvaluation> parallel = run(telcoData, 2, learners);
        List<ModelEvaluation> sequential = run(telcoData, 1, learners);
        for (int i = 0; i < learners.size(); i++) {
            assertThat(parallel.get(i).folds()).isEqualTo(sequential.get(i).folds());
            assertThat(parallel.get(i).predictions()).isEqualTo(sequential.get(i).predictions());
        }
    }

    @Test
    void foldsAreWekasOwnSoThePooledAucEqualsCrossValidateModel() throws Exception {
        ModelEvaluation ours = run(telcoData, 2, List.of(LearnerRequest.of("j48"))).get(0);
        Evaluation weka = new Evaluation(telcoData);
        weka.crossValidateModel(new J48(), telcoData, 5, new Random(1));
        boolean[] churned = ours.predictions().churned();
        MetricSet pooled = app.retention.evaluate.BinaryMetrics.compute(ours.predictions().probabilities(), churned,
                0.5);
        assertThat(pooled.rocAuc()).isCloseTo(weka.areaUnderROC(1), within(1e-9));
        assertThat(pooled.accuracy()).isCloseTo(weka.pctCorrect() / 100, within(1e-9));
    }

    @Test
    @Tag("slow") // ~23 s
    void outOfTimeTrainsOnSeptemberAndTestsOnOctober() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("sample"))) {
            List<DatasetInfo> snapshots = SampleData.importBundled(ws, TaskContext.silent()).stream()
                    .map(r -> r.dataset()).toList();
            try (ModelService models = new ModelService(ws, 2)) {
                List<ModelEvaluation> results = models.outOfTime(snapshots.get(0), snapshots.get(1),
                        List.of(LearnerRequest.of("zeror"), LearnerRequest.of("j48")), TaskContext.silent())
                        .stream().map(ModelRun::evaluation).toList();
                assertThat(results.get(1).design()).isEqualTo("trained on mcommerce_2026_09@1, tested on mcommerce_2026_10@1");
                assertThat(results.get(1).folds()).hasSize(1);
                assertThat(results.get(1).predictions().size()).isEqualTo(19_697);
                assertThat(results.get(0).mean(MetricSet::rocAuc)).isEqualTo(0.5);
                assertThat(results.get(1).mean(MetricSet::rocAuc)).isGreaterThan(0.7);
            }
        }
    }

    @Test
    void aDatasetWithoutTheModelsColumnsIsRefusedWithTheList() {
        try (ModelService models = new ModelService(workspace, 1)) {
            DatasetInfo bank = new ImportService(workspace.datasets()).importFile(
                    SharedDatasets.file("bank_churn_modelling.csv"), ImportOptions.defaults(), TaskContext.silent()).dataset();
            assertThatThrownBy(() -> models.outOfTime(telco, bank, List.of(LearnerRequest.of("zeror")), TaskContext.silent()))
                    .isInstanceOf(ModelException.class).hasMessageContaining("does not fit the model")
                    .hasMessageContaining("`tenure` is missing").hasMessageContaining("the target `Churn` is missing");
        }
    }

    @Test
    void impossibleFoldCountsAreRefused() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertThatThrownBy(() -> new CrossValidator(pool).crossValidate(telcoData, List.of(LearnerRequest.of("zeror")),
                    1, 1, TaskContext.silent())).hasMessage("Cross-validation needs at least 2 folds, not 1.");
        } finally {
            pool.shutdownNow();
        }
    }
}
