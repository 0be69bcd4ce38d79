package app.retention.model;

import app.retention.domain.ColumnEncoding;
import app.retention.domain.Encoding;
import app.retention.domain.EncodingPolicy;
import app.retention.task.TaskContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Encodings are fitted on the training customers only, stored with the model, and read as the user wrote them. */
class EncodedClassifierTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    /**
     * 2,000 customers: {@code city} of 300 values (every tenth city's customers churn far more), {@code tenure}, and
     * {@code plan} of 3 values.
     */
    static Instances customers(int rows, long seed) {
        ArrayList<String> cities = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            cities.add("City " + c);
        }
        ArrayList<Attribute> attributes = new ArrayList<>(List.of(new Attribute("city", cities),
                new Attribute("tenure"), new Attribute("plan", new ArrayList<>(List.of("basic", "plus", "max"))),
                new Attribute("churned", new ArrayList<>(List.of(ModelSchema.STAY, ModelSchema.CHURN)))));
        Instances data = new Instances("customers", attributes, rows);
        data.setClassIndex(3);
        Random random = new Random(seed);
        for (int i = 0; i < rows; i++) {
            int city = random.nextInt(300);
            double tenure = 1 + random.nextInt(72);
            int plan = random.nextInt(3);
            double z = -1.5 - 0.03 * (tenure - 36) + (city % 10 == 0 ? 2.0 : 0) + 0.3 * plan;
            double churn = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
            data.add(new DenseInstance(1, new double[] {city, tenure, plan, churn}));
        }
        return data;
    }

    private static List<Instances> split(Instances data) {
        Instances train = new Instances(data, 0, 1500);
        Instances test = new Instances(data, 1500, data.numInstances() - 1500);
        return List.of(train, test);
    }

    private static double[] testPredictions(Instances train, Instances test, String learner) {
        CrossValidator validator = new CrossValidator(POOL);
        return validator.trainTest(train, test, List.of(LearnerRequest.of(learner)), "test", false, List.of(),
                TaskContext.silent()).get(0).evaluation().predictions().probabilities();
    }

    private static Instances flipped(Instances data) {
        Instances copy = new Instances(data);
        copy.forEach(row -> row.setClassValue(1 - row.classValue()));
        return copy;
    }

    @Test
    void poisoningTheTestFoldsLabelsChangesNoPredictionOnIt() {
        List<Instances> parts = split(customers(2000, 1));
        for (String learner : List.of("logistic", "j48", "xgboost")) {
            double[] clean = testPredictions(parts.get(0), parts.get(1), learner);
            double[] poisoned = testPredictions(parts.get(0), flipped(parts.get(1)), learner);
            assertThat(poisoned).as(learner).containsExactly(clean);
        }
    }

    @Test
    void poisoningTheTrainingLabelsDoesChangeThem() {
        // the counter-check: the predictions above do depend on labels, those of the training customers
        List<Instances> parts = split(customers(2000, 1));
        double[] clean = testPredictions(parts.get(0), parts.get(1), "logistic");
        Instances poisonedTrain = new Instances(parts.get(0));
        poisonedTrain.forEach(row -> {
            if (row.value(0) % 10 == 0) {
                row.setClassValue(0);
            }
        });
        assertThat(testPredictions(poisonedTrain, parts.get(1), "logistic")).isNotEqualTo(clean);
    }

    @Test
    void linearModelsGetTheChurnRateAndTreesTooBeyondThirtyValues() throws Exception {
        Instances data = customers(2000, 1);
        EncodedClassifier logistic = LearnerCatalog.encoded("logistic", Map.of(), List.of());
        logistic.buildClassifier(data);
        assertThat(logistic.describe()).singleElement().asString()
                .matches("`city` \\(29\\d values\\): .*")
                .contains("churn rate per value among the training customers");
        EncodedClassifier rules = LearnerCatalog.encoded("rules", Map.of("rule", "tenure < 10"),
                List.of(new ColumnEncoding("city", Encoding.IGNORE, null)));
        rules.buildClassifier(data);
        assertThat(rules.describe()).singleElement().asString().matches("`city` \\(29\\d values\\): .*")
                .contains("as is");
    }

    @Test
    void aChosenGroupingKeepsValuesWithEnoughCustomers() throws Exception {
        Instances data = customers(2000, 1);
        EncodedClassifier tree = LearnerCatalog.encoded("j48", Map.of(),
                List.of(new ColumnEncoding("city", Encoding.GROUP_RARE, 10)));
        tree.buildClassifier(data);
        assertThat(tree.describe()).singleElement().asString()
                .matches("`city` \\(29\\d values\\): .*")
                .contains("values with fewer than 10 customers grouped into \"Other\"");
    }

    @Test
    void theEncodingTravelsWithTheModelAndGivesTheSameProbabilities() throws Exception {
        Instances data = customers(2000, 1);
        List<Instances> parts = split(data);
        for (Encoding encoding : List.of(Encoding.TARGET, Encoding.FREQUENCY, Encoding.GROUP_RARE, Encoding.IGNORE)) {
            Integer minCount = encoding == Encoding.GROUP_RARE ? 3 : null;
            Classifier model = LearnerCatalog.encoded("logistic", Map.of(),
                    List.of(new ColumnEncoding("city", encoding, minCount)));
            model.buildClassifier(parts.get(0));
            Classifier read = ModelSerializer.read(ModelSerializer.write(model), "test");
            for (int i = 0; i < parts.get(1).numInstances(); i++) {
                assertThat(read.distributionForInstance(parts.get(1).instance(i))).as(encoding.label())
                        .containsExactly(model.distributionForInstance(parts.get(1).instance(i)));
            }
        }
    }

    @Test
    void aCraftedEncodedModelIsRefusedWithOneLine() throws Exception {
        EncodedClassifier wrapsALoader = new EncodedClassifier(new weka.classifiers.misc.InputMappedClassifier(),
                EncodingPolicy.Family.NUMERIC, List.of());
        assertThatThrownBy(() -> ModelSerializer.read(HostileModelFiles.serialise(wrapsALoader), "crafted.model"))
                .isInstanceOf(ModelException.class).hasMessageContaining("was refused")
                .hasMessageNotContaining("\n");

        EncodedClassifier model = LearnerCatalog.encoded("logistic", Map.of(), List.of());
        model.buildClassifier(customers(2000, 1));
        java.lang.reflect.Field groups = EncodedClassifier.class.getDeclaredField("encodings");
        groups.setAccessible(true);
        ((int[]) groups.get(model))[0] = 99;
        assertThatThrownBy(() -> ModelSerializer.read(HostileModelFiles.serialise(model), "crafted.model"))
                .isInstanceOf(ModelException.class).hasMessageContaining("the encoding of its column `city` is damaged")
                .hasMessageNotContaining("\n");
    }

    @Test
    void modelDetailsSayHowEachManyValuedColumnEntered() throws Exception {
        EncodedClassifier model = LearnerCatalog.encoded("logistic", Map.of(), List.of());
        model.buildClassifier(customers(2000, 1));
        ModelDetails details = ModelExplainer.details(model);
        assertThat(details.encodings()).singleElement().asString().contains("churn rate per value");
        assertThat(details.oddsRatios()).extracting(OddsRatio::term).contains("city (churn rate)");
    }

    @Test
    void withOnlyFewValuedColumnsTheLearnerSeesTheDataUnchanged() throws Exception {
        Instances data = customers(2000, 1);
        data.deleteAttributeAt(0);
        EncodedClassifier wrapped = LearnerCatalog.encoded("logistic", Map.of(), List.of());
        wrapped.buildClassifier(data);
        Classifier plain = LearnerCatalog.build("logistic", Map.of());
        plain.buildClassifier(data);
        for (int i = 0; i < 50; i++) {
            assertThat(wrapped.distributionForInstance(data.instance(i)))
                    .containsExactly(plain.distributionForInstance(data.instance(i)));
        }
        assertThat(wrapped.describe()).isEmpty();
    }
}
