package app.retention.model;

import app.retention.testing.CliRun;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;

import java.io.File;
import java.io.ObjectInputFilter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Model files are read through an exact allow-list of what our learners produce, within limits, and so is every
 * other deserialisation in the process: a hostile file gets one line and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelFileSafetyTest {

    /** Named in no message a user sees. */
    private static final String EXCEPTION_NAME = ".*\\b[A-Z]\\w*(Exception|Error)\\b.*";

    @TempDir
    static Path dir;
    private Path workspace;
    private Instances data;
    private TreeSet<String> census;

    @BeforeAll
    void trainingData() throws Exception {
        data = ModelClassCensus.sample(dir.resolve("census"), 600);
        workspace = dir.resolve("ws");
        assertThat(cli("datasets").code()).isZero();
    }

    @Test
    @Tag("slow") // trains every learner variant: ~26 s
    void everyModelOurLearnersProduceIsMadeOfAllowedClassesOnly() throws Exception {
        TreeSet<String> produced = census();
        assertThat(produced).allSatisfy(name -> assertThat(ModelClasses.ALLOWED).contains(name));
    }

    @Test
    @Tag("slow") // the same census of every learner variant
    void theAllowListHoldsNothingOurLearnersDoNotProduce() throws Exception {
        TreeSet<String> unused = new TreeSet<>(ModelClasses.ALLOWED);
        unused.removeAll(census());
        // Strings are written by the stream itself and checked by class only in arrays (an encoded model's
        // String[] of column names); the rest must be in use.
        unused.remove("java.lang.String");
        assertThat(unused).isEmpty();
    }

    @Test
    void theProcessWideFilterFactoryIsInstalled() {
        assertThat(ObjectInputFilter.Config.getSerialFilterFactory()).isInstanceOf(SerialFilterFactory.class);
    }

    @Test
    void wekasOwnReaderIsFilteredToo() throws Exception {
        // What InputMappedClassifier and SerializedClassifier do with a path they name: Weka reads it unfiltered.
        Path gadget = dir.resolve("gadget.ser");
        HashMap<URL, String> map = new HashMap<>();
        map.put(new URL("http://example.invalid/"), "x");
        Files.write(gadget, HostileModelFiles.serialise(map));
        assertThatThrownBy(() -> SerializationHelper.read(gadget.toString()))
                .hasMessageContaining("REJECTED");
        Files.write(gadget, HostileModelFiles.serialise(new File("/etc/passwd")));
        assertThatThrownBy(() -> SerializationHelper.read(gadget.toString()))
                .hasMessageContaining("REJECTED");
    }

    @Test
    void wekaCopiesOfOurLearnersStillWorkUnderTheProcessWideFilter() throws Exception {
        Classifier forest = LearnerCatalog.build("randomforest", Map.of("trees", "5"));
        forest.buildClassifier(data); // Bagging copies its base learner through serialisation
        Classifier copy = weka.classifiers.AbstractClassifier.makeCopy(forest);
        assertThat(copy.distributionForInstance(data.instance(0)))
                .containsExactly(forest.distributionForInstance(data.instance(0)));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aHostileModelFileGetsOneLineAndChangesNothing(HostileModelFiles.Case hostile) throws Exception {
        Path file = dir.resolve(hostile.name() + ".model");
        Files.write(file, HostileModelFiles.modelFile(hostile.payload().apply(dir)));
        String before = cli("models", "--json").out();
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cli("model", "import", file.toString()));
        assertThat(run.code()).isEqualTo(1);
        List<String> lines = run.err().strip().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("error: ").contains(hostile.name() + ".model").doesNotMatch(
                EXCEPTION_NAME);
        assertThat(cli("models", "--json").out()).isEqualTo(before);
    }

    @Test
    void theInputMappedClassifierIsNamedWhenRefused() throws Exception {
        HostileModelFiles.Case mapped = hostile().get(0);
        Path file = dir.resolve("mapped.model");
        Files.write(file, HostileModelFiles.modelFile(mapped.payload().apply(dir)));
        assertThat(cli("model", "import", file.toString()).err())
                .contains("weka.classifiers.misc.InputMappedClassifier, which is no part of a churn model");
    }

    @Test
    void xgboostsNativeBoosterIsNamedWhenRefusedBeforeItsBytesReachNativeCode() {
        byte[] booster = HostileModelFiles.serialise(HostileModelFiles.nativeBooster());
        assertThatThrownBy(() -> ModelSerializer.read(booster, "booster.model")).isInstanceOf(ModelException.class)
                .hasMessageContaining("ml.dmlc.xgboost4j.java.Booster, which is no part of a churn model");
    }

    @Test
    void anXGBoostModelWithCraftedTreesIsRefusedWhenRead() {
        byte[] looping = HostileModelFiles.serialise(HostileModelFiles.craftedXGBoost(
                tree -> ((ArrayNode) tree.get("left_children")).set(0, 0)));
        assertThatThrownBy(() -> ModelSerializer.read(looping, "loop.model")).isInstanceOf(ModelException.class)
                .hasMessage("loop.model is damaged or not a model saved by Retention Workbench: its XGBoost trees "
                        + "are not usable (tree 0 has a node whose children are out of place).");
    }

    @Test
    void anUntouchedXGBoostModelOfTheSameShapeIsRead() throws Exception {
        Classifier model = HostileModelFiles.craftedXGBoost(tree -> { });
        assertThat(ModelSerializer.read(ModelSerializer.write(model), "fine.model")).isInstanceOf(XGBoostClassifier.class);
    }

    @Test
    void aCollectionThatHashesForAgesIsRefusedBeforeItIsHashed() {
        byte[] bomb = HostileModelFiles.serialise(HostileModelFiles.listKeyBomb(new HashMap<>(), 70));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
                () -> ModelSerializer.read(bomb, "bomb")).isInstanceOf(ModelException.class)
                .hasMessageContaining("more than 1,000,000 elements once its shared members are counted out"));
    }

    @Test
    void aDeclaredGiantArrayIsRefusedBeforeItIsAllocated() {
        byte[] giant = HostileModelFiles.declaredLength(new int[4], 400_000_000);
        assertThatThrownBy(() -> ModelSerializer.read(giant, "giant")).isInstanceOf(ModelException.class)
                .hasMessageContaining("an array of 400,000,000 elements");
    }

    @Test
    void nestingDeeperThanAnyModelIsRefusedWithoutAStackOverflow() {
        byte[] deep = HostileModelFiles.serialise(HostileModelFiles.nestedLists(1000));
        assertThatThrownBy(() -> ModelSerializer.read(deep, "deep")).isInstanceOf(ModelException.class)
                .hasMessageContaining("nested deeper than 500 levels");
    }

    static List<HostileModelFiles.Case> hostile() {
        return HostileModelFiles.cases();
    }

    private TreeSet<String> census() throws Exception {
        if (census != null) {
            return census;
        }
        TreeSet<String> classes = new TreeSet<>();
        for (Map.Entry<String, Map<String, String>> variant : ModelClassCensus.variants()) {
            Map<String, String> params = new HashMap<>(variant.getValue());
            if (variant.getKey().equals("mlp")) {
                params.put("epochs", "5");
            }
            Classifier model = ModelClassCensus.build(variant.getKey(), params, data);
            model.buildClassifier(data);
            classes.addAll(ModelClassCensus.shape(model).classes());
        }
        // uplift models (docs/adr/0023): each method once, with alternate customers as the called ones
        boolean[] treated = new boolean[data.numInstances()];
        for (int i = 0; i < treated.length; i++) {
            treated[i] = i % 2 == 0;
        }
        for (UpliftClassifier.Method method : UpliftClassifier.Method.values()) {
            classes.addAll(ModelClassCensus.shape(UpliftClassifier.train(method, "j48", Map.of(), List.of(), data,
                    treated)).classes());
        }
        census = classes;
        return classes;
    }


    private CliRun cli(String... args) {
        return CliRun.on(workspace, args);
    }
}
