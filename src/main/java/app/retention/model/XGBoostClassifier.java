package app.retention.model;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import weka.classifiers.AbstractClassifier;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.WeightedInstancesHandler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * XGBoost's gradient-boosted trees as a Weka classifier, so cross-validation, out-of-time tests, metrics,
 * importance, reasons, calibration, scoring and model files treat it like any other learner.
 *
 * <p>Early stopping looks only at the data it is given: a seeded, stratified share of the training customers is
 * held back, trees are added while the log-loss on that share still falls, and the model is then refitted on all
 * the training customers with the number of trees found. A test fold is never passed in, so it cannot steer it.
 *
 * <p>Each booster trains and predicts on one thread: folds already run in parallel on the cores, and XGBoost's
 * OpenMP threads spin when cores are oversubscribed. With one thread and a seed, training is deterministic.
 *
 * <p>A trained model is kept as XGBoost's own portable bytes (UBJSON); the native booster is never serialised and
 * is rebuilt from those bytes the first time a read model predicts.
 */
public final class XGBoostClassifier extends AbstractClassifier implements WeightedInstancesHandler {

    private static final long serialVersionUID = 1L;

    /** Share of the training customers held back to decide when to stop adding trees. */
    static final double VALIDATION_SHARE = 0.2;
    private static final String FORMAT = "ubj";

    private int rounds = 1000;
    private double learningRate = 0.05;
    private int depth = 4;
    private double minChildWeight = 1;
    private double subsample = 0.8;
    private double columnSample = 0.8;
    private double l1;
    private double l2 = 1;
    private int earlyStopping = 50;
    private int seed = 1;

    private OneHotLayout layout;
    private byte[] model;
    private int fittedRounds;
    private transient Booster booster;

    public void setRounds(int rounds) {
        this.rounds = rounds;
    }

    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    public void setDepth(int depth) {
        this.depth = depth;
    }

    public void setMinChildWeight(double minChildWeight) {
        this.minChildWeight = minChildWeight;
    }

    public void setSubsample(double subsample) {
        this.subsample = subsample;
    }

    public void setColumnSample(double columnSample) {
        this.columnSample = columnSample;
    }

    public void setL1(double l1) {
        this.l1 = l1;
    }

    public void setL2(double l2) {
        this.l2 = l2;
    }

    /** Rounds without improvement on the held-back share before stopping; 0 trains all rounds on all customers. */
    public void setEarlyStopping(int earlyStopping) {
        this.earlyStopping = earlyStopping;
    }

    public void setSeed(int seed) {
        this.seed = seed;
    }

    /** Trees in the trained model: what early stopping chose, or all the rounds without it. */
    public int fittedRounds() {
        return fittedRounds;
    }

    /** The trained model in XGBoost's own UBJSON format, readable by XGBoost on any platform. */
    public byte[] boosterBytes() {
        return model == null ? null : model.clone();
    }

    @Override
    public Capabilities getCapabilities() {
        Capabilities result = super.getCapabilities();
        result.disableAll();
        result.enable(Capability.NOMINAL_ATTRIBUTES);
        result.enable(Capability.NUMERIC_ATTRIBUTES);
        result.enable(Capability.DATE_ATTRIBUTES);
        result.enable(Capability.MISSING_VALUES);
        result.enable(Capability.BINARY_CLASS);
        result.enable(Capability.MISSING_CLASS_VALUES);
        return result;
    }

    @Override
    public void buildClassifier(Instances data) throws Exception {
        getCapabilities().testWithFail(data);
        List<Instance> labelled = new ArrayList<>(data.numInstances());
        for (Instance row : data) {
            if (!row.classIsMissing()) {
                labelled.add(row);
            }
        }
        if (labelled.isEmpty()) {
            throw new ModelException("XGBoost needs customers whose churn is known.");
        }
        layout = OneHotLayout.of(data);
        int trees = rounds;
        if (earlyStopping > 0) {
            List<List<Instance>> split = holdOut(labelled);
            trees = bestRounds(split.get(0), split.get(1));
        }
        Booster trained = train(labelled, trees, Map.of(), null);
        model = trained.toByteArray(FORMAT);
        fittedRounds = trees;
        booster = trained;
    }

    /** The stratified, seeded validation share of the training customers (second) and the rest (first). */
    private List<List<Instance>> holdOut(List<Instance> rows) {
        List<Instance> fit = new ArrayList<>();
        List<Instance> validation = new ArrayList<>();
        Random random = new Random(seed);
        for (int label = 0; label < 2; label++) {
            List<Instance> ofClass = new ArrayList<>();
            for (Instance row : rows) {
                if ((int) row.classValue() == label) {
                    ofClass.add(row);
                }
            }
            Collections.shuffle(ofClass, random);
            int held = (int) Math.round(ofClass.size() * VALIDATION_SHARE);
            validation.addAll(ofClass.subList(0, held));
            fit.addAll(ofClass.subList(held, ofClass.size()));
        }
        if (validation.isEmpty() || fit.isEmpty()) {
            throw new ModelException("XGBoost's early stopping needs more customers than " + rows.size()
                    + "; set early stopping to 0 to train on so few.");
        }
        return List.of(fit, validation);
    }

    /** Trees up to the lowest validation log-loss, trained with patience {@code earlyStopping}. */
    private int bestRounds(List<Instance> fit, List<Instance> validation) throws XGBoostError {
        DMatrix held = matrix(validation);
        try {
            float[][] curve = new float[1][rounds];
            Booster probe = train(fit, rounds, Map.of("validation", held), curve);
            int trained = probe.getNumBoostedRound();
            probe.dispose();
            int best = 0;
            for (int i = 1; i < trained; i++) {
                if (curve[0][i] < curve[0][best]) {
                    best = i;
                }
            }
            return best + 1;
        } finally {
            held.dispose();
        }
    }

    private Booster train(List<Instance> rows, int trees, Map<String, DMatrix> watches, float[][] curve)
            throws XGBoostError {
        DMatrix train = matrix(rows);
        try {
            return XGBoost.train(train, params(), trees, watches, curve, null, null,
                    watches.isEmpty() ? 0 : earlyStopping);
        } finally {
            train.dispose();
        }
    }

    private DMatrix matrix(List<Instance> rows) throws XGBoostError {
        DMatrix matrix = new DMatrix(layout.encode(rows), rows.size(), layout.columns(), Float.NaN);
        float[] labels = new float[rows.size()];
        float[] weights = new float[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (float) rows.get(i).classValue();
            weights[i] = (float) rows.get(i).weight();
        }
        matrix.setLabel(labels);
        matrix.setWeight(weights);
        return matrix;
    }

    /** XGBoost's own parameter names. */
    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        // quiet: no warnings from the native side, no line per round from xgboost4j
        params.put("verbosity", 0);
        params.put("verbose_eval", "false");
        params.put("objective", "binary:logistic");
        params.put("eval_metric", "logloss");
        params.put("tree_method", "hist");
        params.put("eta", learningRate);
        params.put("max_depth", depth);
        params.put("min_child_weight", minChildWeight);
        params.put("subsample", subsample);
        params.put("colsample_bytree", columnSample);
        params.put("alpha", l1);
        params.put("lambda", l2);
        params.put("seed", seed);
        params.put("nthread", 1);
        return params;
    }

    @Override
    public double[] distributionForInstance(Instance instance) throws Exception {
        float[] row = new float[layout.columns()];
        layout.encode(instance, row, 0);
        double churn = booster().inplace_predict(row, 1, layout.columns(), Float.NaN)[0][0];
        return new double[] {1 - churn, churn};
    }

    @Override
    public double[][] distributionsForInstances(Instances instances) throws Exception {
        float[][] churn = booster().inplace_predict(layout.encode(instances), instances.numInstances(),
                layout.columns(), Float.NaN);
        double[][] result = new double[churn.length][];
        for (int i = 0; i < churn.length; i++) {
            result[i] = new double[] {1 - churn[i][0], churn[i][0]};
        }
        return result;
    }

    @Override
    public boolean implementsMoreEfficientBatchPrediction() {
        return true;
    }

    /** The native booster, rebuilt from the saved bytes after the model was read from a file or copied. */
    private synchronized Booster booster() {
        if (booster == null) {
            if (model == null) {
                throw new ModelException("The XGBoost model has not been trained.");
            }
            try {
                Booster loaded = XGBoost.loadModel(model);
                loaded.setParam("nthread", 1);
                booster = loaded;
            } catch (XGBoostError | IOException e) {
                throw new ModelException("The XGBoost model is damaged: XGBoost could not read it.", e);
            }
        }
        return booster;
    }

    @Override
    public String toString() {
        if (model == null) {
            return "XGBoost: not trained";
        }
        return String.format(Locale.ROOT, "XGBoost: %d trees of depth up to %d, learning rate %s%s; %d input "
                        + "columns (categories one-hot, missing values left missing)", fittedRounds, depth,
                ParamSpec.plain(learningRate), earlyStopping > 0 ? ", the number of trees chosen by early "
                        + "stopping on " + Math.round(VALIDATION_SHARE * 100) + "% of the training customers" : "",
                layout.columns());
    }
}
