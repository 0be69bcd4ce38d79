package app.retention.model;

import app.retention.evaluate.BinaryMetrics;
import app.retention.evaluate.MetricSet;
import app.retention.task.TaskContext;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * XGBoost through our cross-validation gives exactly what XGBoost itself gives for the same fold models, and what
 * Weka's {@code Evaluation} measures; early stopping never sees a test fold; the model is deterministic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XGBoostClassifierTest {

    private static final int FOLDS = 5;
    /** Small and quick, but with early stopping doing real work. */
    private static final Map<String, String> QUICK = Map.of("rounds", "200", "learningRate", "0.2");

    @TempDir
    static Path dir;
    private Instances data;

    @BeforeAll
    void sample() throws Exception {
        // the sample with numbers, categories and a missing value in every 17th row
        data = ModelClassCensus.sample(dir.resolve("ws"), 1500);
    }

    private List<ModelEvaluation> crossValidate(Instances instances, Map<String, String> params) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            return new CrossValidator(pool).crossValidate(instances, List.of(new LearnerRequest("xgboost", params)),
                    FOLDS, 1, TaskContext.silent());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Refitted on all the fold's customers, or kept as early stopping trained it, cut at its best round. */
    @ParameterizedTest
    @ValueSource(strings = {"always", "never"})
    void outOfFoldPredictionsAreXGBoostsOwnPredictionsOfTheFoldModels(String refit) throws Exception {
        Map<String, String> params = new HashMap<>(QUICK);
        params.put("refit", refit);
        ModelEvaluation ours = crossValidate(data, params).get(0);
        // the folds exactly as Weka makes them, each fold model asked directly through XGBoost's API
        Instances shuffled = new Instances(data);
        Random random = new Random(1);
        shuffled.randomize(random);
        shuffled.stratify(FOLDS);
        int row = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            Instances train = shuffled.trainCV(FOLDS, fold, random);
            Instances test = shuffled.testCV(FOLDS, fold);
            XGBoostClassifier model = (XGBoostClassifier) LearnerCatalog.build("xgboost", params);
            model.buildClassifier(train);
            Booster booster = XGBoost.loadModel(model.boosterBytes());
            // XGBoost itself reads the model as having exactly the trees kept
            assertThat(booster.getNumBoostedRound()).isEqualTo(model.fittedRounds()).isLessThan(200);
            DMatrix matrix = new DMatrix(oneHot(test), test.numInstances(), columns(test), Float.NaN);
            float[][] theirs = booster.predict(matrix);
            for (int i = 0; i < test.numInstances(); i++, row++) {
                assertThat(ours.predictions().probabilities()[row]).isCloseTo(theirs[i][0], within(1e-6));
            }
            matrix.dispose();
            booster.dispose();
        }
        assertThat(row).isEqualTo(data.numInstances());
    }

    @Test
    void ourPooledAucEqualsWekasEvaluationOfTheSameFolds() throws Exception {
        ModelEvaluation ours = crossValidate(data, QUICK).get(0);
        Evaluation weka = new Evaluation(data);
        weka.crossValidateModel(LearnerCatalog.build("xgboost", QUICK), data, FOLDS, new Random(1));
        double auc = BinaryMetrics.compute(ours.predictions().probabilities(),
                ours.predictions().churned(), 0.5).rocAuc();
        assertThat(auc).isCloseTo(weka.areaUnderROC(1), within(1e-9));
        assertThat(auc).isGreaterThan(0.7);
    }

    @Test
    void theSameSeedGivesTheSameAucAndAnotherSeedAnother() {
        Map<String, String> seed2 = new HashMap<>(QUICK);
        seed2.put("seed", "2");
        double first = crossValidate(data, QUICK).get(0).mean(MetricSet::rocAuc);
        double again = crossValidate(data, QUICK).get(0).mean(MetricSet::rocAuc);
        double other = crossValidate(data, seed2).get(0).mean(MetricSet::rocAuc);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void keepingTheEarlyStoppingModelKeepsItsBestRoundsWithoutTrainingAgain() throws Exception {
        Map<String, String> kept = new HashMap<>(QUICK);
        kept.put("refit", "never");
        Map<String, String> auto = new HashMap<>(QUICK);
        auto.put("refit", "auto");
        XGBoostClassifier refitted = (XGBoostClassifier) LearnerCatalog.build("xgboost", QUICK);
        refitted.buildClassifier(data);
        XGBoostClassifier cut = (XGBoostClassifier) LearnerCatalog.build("xgboost", kept);
        cut.buildClassifier(data);
        // the same probe chose the rounds; only the customers the trees were trained on differ
        assertThat(cut.fittedRounds()).isEqualTo(refitted.fittedRounds());
        assertThat(cut.boosterBytes()).isNotEqualTo(refitted.boosterBytes());
        assertThat(cut.distributionForInstance(data.get(0))[1])
                .isNotEqualTo(refitted.distributionForInstance(data.get(0))[1]);
        assertThat(cut.toString()).contains("trained on 80% of the training customers, the number of trees chosen "
                + "by early stopping on the other 20%");
        // auto trains again below 50,000 customers: here, as always does
        XGBoostClassifier automatic = (XGBoostClassifier) LearnerCatalog.build("xgboost", auto);
        automatic.buildClassifier(data);
        assertThat(automatic.boosterBytes()).isEqualTo(refitted.boosterBytes());
    }

    @Test
    void anUnknownRefitChoiceIsRefusedByName() {
        assertThatThrownBy(() -> LearnerCatalog.build("xgboost", Map.of("refit", "sometimes")))
                .hasMessageContaining("sometimes");
    }

    @Test
    void earlyStoppingNeverSeesTheTestCustomers() throws Exception {
        Instances shuffled = new Instances(data);
        shuffled.randomize(new Random(7));
        int cut = shuffled.numInstances() * 4 / 5;
        Instances train = new Instances(shuffled, 0, cut);
        Instances test = new Instances(shuffled, cut, shuffled.numInstances() - cut);
        Instances poisoned = new Instances(test);
        for (Instance customer : poisoned) {
            customer.setClassValue(1 - customer.classValue());
        }
        int honest = fittedRounds(train, test);
        int withPoisonedTest = fittedRounds(train, poisoned);
        assertThat(withPoisonedTest).isEqualTo(honest);
        // early stopping did stop: fewer trees than allowed
        assertThat(honest).isBetween(2, 199);
    }

    private static int fittedRounds(Instances train, Instances test) {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            CrossValidator.Outcome outcome = new CrossValidator(pool).trainTest(train, test,
                    List.of(new LearnerRequest("xgboost", QUICK)), "hold-out", false,
                    TaskContext.silent()).get(0);
            return ((XGBoostClassifier) ((EncodedClassifier) outcome.model()).learner()).fittedRounds();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReadModelPredictsWhatTheTrainedOneDid() throws Exception {
        Classifier trained = LearnerCatalog.build("xgboost", QUICK);
        trained.buildClassifier(data);
        Classifier read = ModelSerializer.read(ModelSerializer.write(trained), "test");
        for (int i = 0; i < 50; i++) {
            assertThat(read.distributionForInstance(data.instance(i)))
                    .containsExactly(trained.distributionForInstance(data.instance(i)));
        }
        assertThat(((XGBoostClassifier) read).fittedRounds()).isEqualTo(((XGBoostClassifier) trained).fittedRounds());
    }

    @Test
    void theModelTabSaysHowManyTreesEarlyStoppingKept() throws Exception {
        Classifier trained = LearnerCatalog.build("xgboost", QUICK);
        trained.buildClassifier(data);
        ModelDetails details = ModelExplainer.details(trained);
        assertThat(details.heading()).isEqualTo("Gradient-boosted trees");
        assertThat(details.text()).startsWith("XGBoost: " + ((XGBoostClassifier) trained).fittedRounds()
                + " trees of depth up to 5, learning rate 0.2, the number of trees chosen by early stopping on 20% "
                + "of the training customers");
    }

    @Test
    void reweightingWorksThroughInstanceWeights() throws Exception {
        Map<String, String> balanced = new HashMap<>(QUICK);
        balanced.put("balance", "reweight");
        Classifier model = LearnerCatalog.build("xgboost", balanced);
        model.buildClassifier(data);
        double mean = 0;
        for (Instance customer : data) {
            mean += model.distributionForInstance(customer)[1];
        }
        // Bayes' rule maps the balanced model back to the base rate: the mean score stays near it
        double base = data.attributeStats(data.classIndex()).nominalCounts[1] / (double) data.numInstances();
        assertThat(mean / data.numInstances()).isCloseTo(base, within(0.1));
    }

    /** One-hot encoding written out again, independently of {@link OneHotLayout}. */
    private static float[] oneHot(Instances rows) {
        int columns = columns(rows);
        float[] matrix = new float[rows.numInstances() * columns];
        for (int r = 0; r < rows.numInstances(); r++) {
            Instance row = rows.instance(r);
            int c = r * columns;
            for (int a = 0; a < rows.numAttributes(); a++) {
                Attribute attribute = rows.attribute(a);
                if (a == rows.classIndex()) {
                    continue;
                }
                int width = attribute.isNominal() ? attribute.numValues() : 1;
                for (int v = 0; v < width; v++) {
                    matrix[c + v] = row.isMissing(a) ? Float.NaN
                            : attribute.isNominal() ? (row.value(a) == v ? 1 : 0) : (float) row.value(a);
                }
                c += width;
            }
        }
        return matrix;
    }

    private static int columns(Instances rows) {
        List<Integer> widths = new ArrayList<>();
        for (int a = 0; a < rows.numAttributes(); a++) {
            if (a != rows.classIndex()) {
                widths.add(rows.attribute(a).isNominal() ? rows.attribute(a).numValues() : 1);
            }
        }
        return widths.stream().mapToInt(Integer::intValue).sum();
    }
}
