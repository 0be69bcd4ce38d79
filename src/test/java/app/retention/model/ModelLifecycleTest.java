package app.retention.model;

import app.retention.data.SampleData;
import app.retention.domain.DatasetInfo;
import app.retention.evaluate.MetricSet;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Runs are stored with what explains them, survive reopening, and models travel as files that are checked. */
@Tag("slow") // its setup cross-validates four learners with importance: ~90 s
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelLifecycleTest {

    private static final String RULE = "days_since_last_order > 45 OR complaint = Yes";

    @TempDir
    static Path dir;
    private Workspace workspace;
    private DatasetInfo september;
    private List<ModelRun> runs;

    @BeforeAll
    void train() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        september = SampleData.importBundled(workspace, TaskContext.silent()).get(0).dataset();
        try (ModelService models = new ModelService(workspace, 2)) {
            runs = models.crossValidate(september, List.of(LearnerRequest.of("zeror"),
                    new LearnerRequest("rules", Map.of("rule", RULE)), LearnerRequest.of("j48"),
                    LearnerRequest.of("logistic")), new CvPlan(3, 2, 1, true, true), TaskContext.silent());
        }
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    @Test
    void repeatedCrossValidationKeepsEveryFoldOfEveryRepeat() {
        ModelRun j48 = runs.get(2);
        assertThat(j48.evaluation().repeats()).isEqualTo(2);
        assertThat(j48.evaluation().folds()).hasSize(6);
        assertThat(j48.evaluation().design()).isEqualTo("3-fold stratified cross-validation × 2 repeats, seeds 1–2");
        assertThat(j48.evaluation().predictions().size()).isEqualTo(20_000);
    }

    @Test
    void reopeningTheWorkspaceGivesBackTheSameRuns() {
        Path copy = dir.resolve("ws");
        workspace.close();
        workspace = Workspace.open(copy);
        try (ModelService models = new ModelService(workspace, 1)) {
            List<ModelRun> again = models.runs(september);
            assertThat(again).extracting(ModelRun::id).containsExactlyElementsOf(
                    runs.stream().map(ModelRun::id).sorted((a, b) -> Long.compare(b, a)).toList());
            ModelRun logistic = again.stream().filter(r -> r.evaluation().learner().equals("logistic")).findFirst()
                    .orElseThrow();
            ModelRun original = runs.get(3);
            assertThat(logistic.evaluation().folds()).isEqualTo(original.evaluation().folds());
            assertThat(logistic.evaluation().predictions()).isEqualTo(original.evaluation().predictions());
            assertThat(logistic.evaluation().params()).isEqualTo(original.evaluation().params());
            assertThat(logistic.importance()).isEqualTo(original.importance());
            assertThat(logistic.details()).isEqualTo(original.details());
            assertThat(logistic.modelStored()).isTrue();
        }
    }

    @Test
    void permutationImportanceIsZeroForFeaturesTheRuleDoesNotRead() {
        ModelRun rules = runs.get(1);
        assertThat(rules.importance()).hasSize(16);
        assertThat(rules.importance().subList(0, 2)).extracting(FeatureImportance::feature)
                .containsExactlyInAnyOrder("days_since_last_order", "complaint");
        assertThat(rules.importance().get(0).aucDrop()).isGreaterThan(0.02);
        assertThat(rules.importance().subList(2, 16)).allSatisfy(f -> assertThat(f.aucDrop()).isZero());
    }

    @Test
    void treesAndRulesReadAsTextAndLogisticAsOddsRatios() {
        assertThat(runs.get(1).details().text()).contains(RULE);
        assertThat(runs.get(2).details().heading()).isEqualTo("Decision tree");
        assertThat(runs.get(2).details().text()).contains("days_since_last_order");
        ModelDetails logistic = runs.get(3).details();
        assertThat(logistic.oddsRatios()).isNotEmpty();
        OddsRatio complaint = logistic.oddsRatios().stream().filter(o -> o.term().equals("complaint=Yes")).findFirst()
                .orElseThrow();
        assertThat(complaint.oddsRatio()).isGreaterThan(1.5); // a complaint raises the odds of churn
    }

    @Test
    void aStoredModelScoresAsTheTrainedOneDid() throws Exception {
        try (ModelService models = new ModelService(workspace, 1)) {
            TrainedModel model = models.model(runs.get(2).id());
            Instances data = DatasetInstances.read(workspace, september, TaskContext.silent()).instances();
            weka.classifiers.Classifier fresh = LearnerCatalog.build("j48", Map.of());
            fresh.buildClassifier(data);
            for (int i = 0; i < 50; i++) {
                assertThat(model.classifier().distributionForInstance(data.instance(i)))
                        .containsExactly(fresh.distributionForInstance(data.instance(i)));
            }
            assertThat(model.schema().target()).isEqualTo("churned_30d");
        }
    }

    @Test
    void everyLearnerOfTheCatalogPassesTheAllowList() throws Exception {
        Instances data = DatasetInstances.read(workspace, september, TaskContext.silent()).instances();
        Instances small = new Instances(data, 0, 600);
        for (LearnerSpec spec : LearnerCatalog.all()) {
            Map<String, String> params = new HashMap<>(spec.presets().get("fast"));
            if (spec.name().equals("rules")) {
                params.put("rule", RULE);
            }
            if (!spec.name().equals("zeror") && !spec.name().equals("rules")) {
                params.put("balance", "reweight");
            }
            weka.classifiers.Classifier model = LearnerCatalog.build(spec.name(), params);
            model.buildClassifier(small);
            weka.classifiers.Classifier back = ModelSerializer.read(ModelSerializer.write(model), spec.name());
            assertThat(back.distributionForInstance(small.instance(7)))
                    .as(spec.name()).containsExactly(model.distributionForInstance(small.instance(7)));
        }
    }

    @Test
    void aModelFileCarriesTheModelToAnotherWorkspace() {
        Path file = dir.resolve("j48.model");
        new ModelFiles(workspace).export(runs.get(2).id(), file);
        try (Workspace other = Workspace.open(dir.resolve("other"))) {
            long id = new ModelFiles(other).importFile(file);
            TrainedModel model = new ModelCatalog(other).model(id);
            assertThat(model.record().learner()).isEqualTo("j48");
            assertThat(model.record().datasetSha256()).isEqualTo(september.source().sha256());
            assertThat(model.record().design()).contains("imported from j48.model");
            assertThat(model.record().rocAuc()).isEqualTo(runs.get(2).evaluation().mean(MetricSet::rocAuc));
            assertThat(other.models().payload(id)).isPresent();
        }
    }

    @Test
    void aFileThatIsNotAModelIsRefused() throws Exception {
        Path file = dir.resolve("notes.model");
        Files.writeString(file, "customer_id,churned\n1,Yes\n");
        assertThatThrownBy(() -> new ModelFiles(workspace).importFile(file)).isInstanceOf(ModelException.class)
                .hasMessage("notes.model is not a Retention Workbench model file.");
    }

    @Test
    void aDamagedModelFileIsRefused() throws Exception {
        Path file = dir.resolve("damaged.model");
        new ModelFiles(workspace).export(runs.get(0).id(), file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        int before = workspace.models().list().size();
        assertThatThrownBy(() -> new ModelFiles(workspace).importFile(file)).isInstanceOf(ModelException.class)
                .hasMessageContaining("damaged.model is damaged");
        assertThat(workspace.models().list()).hasSize(before);
    }

    @Test
    void aCraftedFileWithAForeignClassIsRefusedBeforeItIsLoaded() throws Exception {
        // the "URLDNS" shape: a HashMap keyed by a URL, harmless here, refused because URL is no part of a model
        HashMap<URL, String> gadget = new HashMap<>();
        gadget.put(new URL("http://example.invalid/"), "x");
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(payload)) {
            out.writeObject(gadget);
        }
        Path crafted = dir.resolve("crafted.model");
        Files.write(crafted, HostileModelFiles.modelFile(payload.toByteArray()));
        int before = workspace.models().list().size();
        assertThatThrownBy(() -> new ModelFiles(workspace).importFile(crafted)).isInstanceOf(ModelException.class)
                .hasMessageContaining("crafted.model was refused").hasMessageContaining("java.net.URL");
        assertThat(workspace.models().list()).hasSize(before);
    }

    @Test
    void reweightingKeepsTheRankingAndTheProbabilitiesHonest() {
        try (ModelService models = new ModelService(workspace, 2)) {
            List<ModelRun> balanced = models.crossValidate(september, List.of(LearnerRequest.of("logistic"),
                    new LearnerRequest("logistic", Map.of("balance", "reweight")),
                    new LearnerRequest("logistic", Map.of("balance", "undersample"))),
                    new CvPlan(3, 1, 1, false, false), TaskContext.silent());
            double plain = balanced.get(0).evaluation().mean(MetricSet::rocAuc);
            for (ModelRun run : balanced.subList(1, 3)) {
                assertThat(run.evaluation().mean(MetricSet::rocAuc)).isCloseTo(plain, within(0.01));
                double meanP = java.util.Arrays.stream(run.evaluation().predictions().probabilities()).average()
                        .orElseThrow();
                assertThat(meanP).as(run.evaluation().params().get("balance")).isCloseTo(0.215, within(0.03));
            }
            assertThat(balanced.get(1).evaluation().params()).containsEntry("balance", "reweight");
        }
    }
}
