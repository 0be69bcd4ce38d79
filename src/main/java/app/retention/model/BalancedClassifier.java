package app.retention.model;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.WeightedInstancesHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Class balancing that is part of the model, so it runs on each training fold only and never touches a test
 * fold. {@code reweight} gives churners and stayers equal total weight (cost-sensitive learning; learners that
 * ignore weights get a weighted resample instead); {@code undersample} keeps every churner and an equal random
 * number of stayers.
 *
 * <p>The learner then sees a 50/50 world. Its probabilities are mapped back to the real base rate by Bayes' rule
 * (Elkan 2001), a monotone map: the ranking, and so ROC AUC, lift and gains, is the balanced learner's, while the
 * probabilities stay honest enough for expected-value calculations.
 */
public final class BalancedClassifier extends AbstractClassifier {

    private static final long serialVersionUID = 1L;

    /** How a training set is balanced. */
    public enum Mode { NONE, REWEIGHT, UNDERSAMPLE }

    private final Classifier learner;
    private final Mode mode;
    private final long seed;
    private double churnPrior;
    private double trainedChurnShare;

    public BalancedClassifier(Classifier learner, Mode mode, long seed) {
        this.learner = learner;
        this.mode = mode;
        this.seed = seed;
    }

    public Classifier learner() {
        return learner;
    }

    @Override
    public void buildClassifier(Instances data) throws Exception {
        double[] weight = new double[2];
        for (Instance row : data) {
            if (!row.classIsMissing()) {
                weight[(int) row.classValue()] += row.weight();
            }
        }
        if (weight[0] == 0 || weight[1] == 0) {
            throw new ModelException("Class balancing needs both churners and stayers in the training data.");
        }
        churnPrior = weight[1] / (weight[0] + weight[1]);
        Instances balanced = switch (mode) {
            case NONE -> data;
            case REWEIGHT -> reweight(data, weight);
            case UNDERSAMPLE -> undersample(data);
        };
        double[] after = new double[2];
        for (Instance row : balanced) {
            if (!row.classIsMissing()) {
                after[(int) row.classValue()] += row.weight();
            }
        }
        trainedChurnShare = after[1] / (after[0] + after[1]);
        learner.buildClassifier(balanced);
    }

    private Instances reweight(Instances data, double[] weight) {
        double total = weight[0] + weight[1];
        Instances copy = new Instances(data, data.numInstances());
        for (Instance row : data) {
            Instance c = (Instance) row.copy();
            if (!c.classIsMissing()) {
                c.setWeight(row.weight() * total / (2 * weight[(int) row.classValue()]));
            }
            copy.add(c);
        }
        if (learner instanceof WeightedInstancesHandler) {
            return copy;
        }
        return copy.resampleWithWeights(new Random(seed));
    }

    private Instances undersample(Instances data) {
        List<Integer> churners = new ArrayList<>();
        List<Integer> stayers = new ArrayList<>();
        for (int i = 0; i < data.numInstances(); i++) {
            if (!data.instance(i).classIsMissing()) {
                (data.instance(i).classValue() == 1 ? churners : stayers).add(i);
            }
        }
        List<Integer> majority = churners.size() > stayers.size() ? churners : stayers;
        List<Integer> minority = majority == churners ? stayers : churners;
        boolean[] keep = new boolean[data.numInstances()];
        minority.forEach(i -> keep[i] = true);
        Random random = new Random(seed);
        // partial Fisher-Yates: the first minority.size() of a seeded shuffle of the majority
        for (int i = 0; i < minority.size(); i++) {
            int j = i + random.nextInt(majority.size() - i);
            Integer t = majority.get(i);
            majority.set(i, majority.get(j));
            majority.set(j, t);
            keep[majority.get(i)] = true;
        }
        Instances sample = new Instances(data, minority.size() * 2);
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                sample.add(data.instance(i));
            }
        }
        return sample;
    }

    @Override
    public double[] distributionForInstance(Instance instance) throws Exception {
        double[] p = learner.distributionForInstance(instance);
        if (mode == Mode.NONE) {
            return p;
        }
        // Bayes' rule from the training share back to the real prior
        double churn = p[1] * churnPrior / trainedChurnShare;
        double stay = p[0] * (1 - churnPrior) / (1 - trainedChurnShare);
        double sum = churn + stay;
        return sum > 0 ? new double[] {stay / sum, churn / sum} : p;
    }

    @Override
    public String toString() {
        return learner.toString();
    }
}
