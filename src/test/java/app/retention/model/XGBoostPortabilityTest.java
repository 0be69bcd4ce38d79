package app.retention.model;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A model trained by another XGBoost than ours is read and scores as that XGBoost scores it: the booster is kept
 * in XGBoost's portable JSON format, never as native or Java-serialised state (issue 14, point 2).
 *
 * <p>"Another XGBoost" is release 1.7.6 (June 2023, built by its own project's CI; Maven copies its jar to
 * {@code target/other-xgboost} before the tests), run in a class loader of its own beside our 3.4.0. A model from
 * another operating system cannot be made on this Linux machine; the format has nothing that depends on one (JSON
 * text, numbers written out), and a release two major versions apart exercises the same reading.
 */
class XGBoostPortabilityTest {

    private static final int ROUNDS = 30;

    @TempDir
    static Path dir;

    @Test
    void aModelTrainedByXGBoost176IsReadFromAModelFileAndScoresAsXGBoost176Does() throws Exception {
        // numbers, categories (one-hot) and missing values: every path a tree walk takes
        Instances data = ModelClassCensus.sample(dir.resolve("ws"), 1000);
        OneHotLayout layout = OneHotLayout.of(data);
        List<Instance> rows = new ArrayList<>(data);
        float[] matrix = layout.encode(rows);
        float[] labels = new float[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (float) rows.get(i).classValue();
        }

        OtherXGBoost other = OtherXGBoost.train(matrix, labels, layout.columns());
        assertThat(new String(other.json, StandardCharsets.UTF_8)).contains("\"version\":[1,7,6]");

        // our wrapper, trained for its layout, then holding the other release's trees, through a model file
        XGBoostClassifier wrapper = (XGBoostClassifier) LearnerCatalog.build("xgboost",
                Map.of("rounds", Integer.toString(ROUNDS), "earlyStopping", "0"));
        wrapper.buildClassifier(data);
        Field bytes = XGBoostClassifier.class.getDeclaredField("model");
        bytes.setAccessible(true);
        bytes.set(wrapper, other.json);
        Classifier read = ModelSerializer.read(ModelSerializer.write(wrapper), "xgboost-1.7.6.model");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(read.distributionForInstance(rows.get(i))[1]).isCloseTo(other.predictions[i], within(1e-6));
        }

        // and our XGBoost reads the same bytes to the same scores
        Booster ours = XGBoost.loadModel(other.json);
        DMatrix test = new DMatrix(matrix, rows.size(), layout.columns(), Float.NaN);
        float[][] theirs = ours.predict(test);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(theirs[i][0]).isCloseTo(other.predictions[i], within(1e-6f));
        }
        test.dispose();
        ours.dispose();
    }

    /** XGBoost 1.7.6's JSON model and its own predictions, trained in a class loader that sees only it. */
    private record OtherXGBoost(byte[] json, float[] predictions) {

        static OtherXGBoost train(float[] matrix, float[] labels, int columns) throws Exception {
            Path jar = Path.of(System.getProperty("retention.otherXGBoost",
                    "target/other-xgboost/xgboost4j_2.12-1.7.6.jar"));
            assertThat(jar).as("XGBoost 1.7.6, copied by Maven before the tests").exists();
            List<URL> urls = new ArrayList<>(List.of(jar.toUri().toURL(), jarOf(com.esotericsoftware.kryo.Kryo.class),
                    jarOf(org.apache.commons.logging.Log.class)));
            try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader())) {
                Class<?> dmatrix = loader.loadClass("ml.dmlc.xgboost4j.java.DMatrix");
                Class<?> booster = loader.loadClass("ml.dmlc.xgboost4j.java.Booster");
                Object train = dmatrix.getConstructor(float[].class, int.class, int.class, float.class)
                        .newInstance(matrix, labels.length, columns, Float.NaN);
                dmatrix.getMethod("setLabel", float[].class).invoke(train, (Object) labels);
                Object cache = Array.newInstance(dmatrix, 1);
                Array.set(cache, 0, train);
                // its XGBoost.train also reaches for Hadoop; the booster's own steps do not
                Constructor<?> create = booster.getDeclaredConstructor(Map.class, cache.getClass());
                create.setAccessible(true);
                Object model = create.newInstance(Map.of("objective", "binary:logistic", "tree_method", "hist",
                        "max_depth", 4, "eta", 0.3, "subsample", 0.8, "seed", 1, "nthread", 1, "verbosity", 0), cache);
                for (int round = 0; round < ROUNDS; round++) {
                    booster.getMethod("update", dmatrix, int.class).invoke(model, train, round);
                }
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                booster.getMethod("saveModel", java.io.OutputStream.class, String.class).invoke(model, json, "json");
                float[][] scores = (float[][]) booster.getMethod("predict", dmatrix).invoke(model, train);
                float[] predictions = new float[scores.length];
                for (int i = 0; i < scores.length; i++) {
                    predictions[i] = scores[i][0];
                }
                booster.getMethod("dispose").invoke(model);
                dmatrix.getMethod("dispose").invoke(train);
                return new OtherXGBoost(json.toByteArray(), predictions);
            }
        }

        private static URL jarOf(Class<?> type) throws Exception {
            return type.getProtectionDomain().getCodeSource().getLocation();
        }
    }
}
