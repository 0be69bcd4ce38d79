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
import java.io.ObjectInputStream;
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
 * held back, trees are added while the log-loss on that share still falls; that model is then trained again on all
 * the training customers with the number of trees found, or, from {@link #REFIT_BELOW} customers on, kept as it is,
 * cut at its best round. A test fold is never passed in, so it cannot steer it.
 *
 * <p>Each booster trains and predicts on one thread: folds already run in parallel on the cores, and XGBoost's
 * OpenMP threads spin when cores are oversubscribed. With one thread and a seed, training is deterministic.
 *
 * <p>A trained model is kept as XGBoost's own portable bytes (its JSON model format); the native booster is never
 * serialised. Predictions walk those trees in Java ({@link BoostedTrees}), rebuilt from the bytes the first time a
 * read or copied model is read back: the native library is needed only to train.
 */
public final class XGBoostClassifier extends AbstractClassifier implements WeightedInstancesHandler {

    private static final long serialVersionUID = 1L;

    /** Share of the training customers held back to decide when to stop adding trees. */
    static final double VALIDATION_SHARE = 0.2;
    /**
     * Below this many training customers, the trees early stopping chose are trained again on all of them; from
     * it on, the early-stopping model is kept. On the four reference datasets (5,630 to 20,000 customers) training
     * again is worth up to 0.009 AUC; at 100,000 it is worth 0.0005 and costs as much as the rest (docs/benchmarks.md).
     */
    static final int REFIT_BELOW = 50_000;
    private static final String FORMAT = "json";

    private int rounds = 1000;
    private double learningRate = 0.05;
    private int depth = 5;
    private double minChildWeight = 1;
    private double subsample = 0.8;
    private double columnSample = 0.8;
    private double l1;
    private double l2 = 1;
    private int earlyStopping = 25;
    private int refitBelow = REFIT_BELOW;
    /** Whether the trained model is the early-stopping one (false in model files saved before: all refitted). */
    private boolean keptStoppedModel;
    private int seed = 1;

    private OneHotLayout layout;
    private byte[] model;
    private int fittedRounds;
    private transient BoostedTrees trees;

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

    /**
     * Whether the trees early stopping chose are trained again on all the training customers, or the model trained
     * on the rest while watching the held-back share is kept, cut at its best round (half the work): {@code always},
     * {@code never}, or {@code auto} (below {@link #REFIT_BELOW} training customers).
     */
    public void setRefit(String refit) {
        refitBelow = switch (refit) {
            case "always" -> Integer.MAX_VALUE;
            case "never" -> 0;
            case "auto" -> REFIT_BELOW;
            default -> throw new ModelException("Train again (refit) is always, never or auto, not `" + refit + "`.");
        };
    }

    public void setSeed(int seed) {
        this.seed = seed;
    }

    /** Trees in the trained model: what early stopping chose, or all the rounds without it. */
    public int fittedRounds() {
        return fittedRounds;
    }

    /** The trained model in XGBoost's own JSON model format, readable by XGBoost on any platform. */
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
        keptStoppedModel = earlyStopping > 0 && labelled.size() >= refitBelow;
        if (keptStoppedModel) {
            List<List<Instance>> split = holdOut(labelled);
            Probe probe = probe(split.get(0), split.get(1), true);
            model = XGBoostJson.firstTrees(probe.model(), probe.bestRounds());
        } else {
            int kept = rounds;
            if (earlyStopping > 0) {
                List<List<Instance>> split = holdOut(labelled);
                kept = probe(split.get(0), split.get(1), false).bestRounds();
            }
            Booster trained = train(labelled, kept, Map.of(), null);
            try {
                model = trained.toByteArray(FORMAT);
            } finally {
                trained.dispose();
            }
        }
        trees = BoostedTrees.read(model, layout.columns());
        fittedRounds = trees.size();
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

    /**
     * Trains on {@code fit} while watching the log-loss on {@code validation}, with patience {@code earlyStopping};
     * returns how many rounds led to the lowest log-loss, and (when {@code keep}) the model with every round trained.
     */
    private Probe probe(List<Instance> fit, List<Instance> validation, boolean keep) throws XGBoostError {
        DMatrix held = matrix(validation);
        try {
            float[][] curve = new float[1][rounds];
            Booster probe = train(fit, rounds, Map.of("validation", held), curve);
            try {
                int trained = probe.getNumBoostedRound();
                int best = 0;
                for (int i = 1; i < trained; i++) {
                    if (curve[0][i] < curve[0][best]) {
                        best = i;
                    }
                }
                // its bytes only when it is the model kept: refitting needs the round alone
                return new Probe(keep ? probe.toByteArray(FORMAT) : null, best + 1);
            } finally {
                probe.dispose();
            }
        } finally {
            held.dispose();
        }
    }

    /** The rounds up to the lowest log-loss on the held-back share, and the model trained (null when not kept). */
    private record Probe(byte[] model, int bestRounds) {
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
    public double[] distributionForInstance(Instance instance) {
        float[] row = new float[layout.columns()];
        layout.encode(instance, row, 0);
        double churn = trees().churn(row, 0);
        return new double[] {1 - churn, churn};
    }

    private synchronized BoostedTrees trees() {
        if (trees == null) {
            throw new ModelException("The XGBoost model has not been trained.");
        }
        return trees;
    }

    /**
     * Rebuilds the trees from the saved bytes as the model is read, so that a model file whose trees are damaged
     * or crafted is refused when it is imported, not later when it scores.
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (model != null) {
            if (layout == null) {
                throw new ModelException("its XGBoost model has no input columns");
            }
            trees = BoostedTrees.read(model, layout.columns());
        }
    }

    @Override
    public String toString() {
        if (model == null) {
            return "XGBoost: not trained";
        }
        long held = Math.round(VALIDATION_SHARE * 100);
        String stopping = earlyStopping <= 0 ? ""
                : !keptStoppedModel ? ", the number of trees chosen by early stopping on " + held
                        + "% of the training customers"
                : ", trained on " + (100 - held) + "% of the training customers, the number of trees chosen by early "
                        + "stopping on the other " + held + "%";
        return String.format(Locale.ROOT, "XGBoost: %d trees of depth up to %d, learning rate %s%s; %d input "
                        + "columns (categories one-hot, missing values left missing)", fittedRounds, depth,
                ParamSpec.plain(learningRate), stopping, layout.columns());
    }
}
