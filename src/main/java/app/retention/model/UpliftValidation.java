package app.retention.model;

import app.retention.task.TaskContext;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Cross-validates an uplift model (docs/adr/0023): folds stratified by arm × outcome from one seed, each fold's
 * customers scored by a model learnt on the others, so every customer gets an out-of-fold predicted uplift to rank
 * by. Folds run one after another: the same seed gives the same uplifts.
 */
public final class UpliftValidation {

    /**
     * Out-of-fold predicted uplifts and the fold of each customer.
     *
     * @param uplift predicted drop in churn probability when contacted, per customer in the data's order
     * @param fold   the fold (0 to folds − 1) each customer was held out in
     */
    public record OutOfFold(double[] uplift, int[] fold) {
    }

    private UpliftValidation() {
    }

    /**
     * @throws ModelException when an arm × outcome group has fewer customers than folds (each fold must hold
     *                        contacted and held-out customers who churned and who stayed)
     */
    public static OutOfFold crossValidate(UpliftClassifier.Method method, String learner, Map<String, String> params,
                                          UpliftData data, int folds, long seed, TaskContext context) {
        Instances instances = data.instances();
        boolean[] treated = data.treated();
        boolean[] churned = data.churned();
        int[] fold = folds(treated, churned, folds, seed);
        double[] uplift = new double[instances.numInstances()];
        for (int f = 0; f < folds; f++) {
            context.checkCancelled();
            context.progress((double) f / (folds + 1), "Learning who responds: fold " + (f + 1) + " of " + folds);
            Instances train = new Instances(instances, 0);
            List<Integer> test = new ArrayList<>();
            List<Boolean> trainArms = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    test.add(i);
                } else {
                    train.add(instances.instance(i));
                    trainArms.add(treated[i]);
                }
            }
            boolean[] arms = new boolean[trainArms.size()];
            for (int i = 0; i < arms.length; i++) {
                arms[i] = trainArms.get(i);
            }
            UpliftClassifier model = UpliftClassifier.train(method, learner, params, data.encodings(), train, arms);
            try {
                for (int i : test) {
                    uplift[i] = model.uplift(instances.instance(i));
                }
            } catch (Exception e) {
                throw new ModelException("The uplift model could not score fold " + (f + 1) + ": " + e.getMessage(), e);
            }
        }
        return new OutOfFold(uplift, fold);
    }

    /** Stratified folds: each arm × outcome group shuffled with the seed and dealt round the folds in turn. */
    static int[] folds(boolean[] treated, boolean[] churned, int folds, long seed) {
        int n = treated.length;
        List<List<Integer>> strata = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            strata.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            strata.get((treated[i] ? 2 : 0) + (churned[i] ? 1 : 0)).add(i);
        }
        String[] names = {"held-out customers who stayed", "held-out customers who churned",
                "contacted customers who stayed", "contacted customers who churned"};
        for (int s = 0; s < 4; s++) {
            if (strata.get(s).size() < folds) {
                throw new ModelException("Only " + strata.get(s).size() + " " + names[s] + ": an uplift model needs "
                        + "at least " + folds + " of each (one per fold) to learn and to be measured.");
            }
        }
        Random random = new Random(seed);
        int[] fold = new int[n];
        int next = 0;
        for (List<Integer> stratum : strata) {
            Collections.shuffle(stratum, random);
            for (int i : stratum) {
                fold[i] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }

    /** A model's bytes, checked by reading them back, for the store. */
    public static byte[] bytes(UpliftClassifier model) {
        return ModelSerializer.write(model);
    }

    /** An uplift model read back from the store through the model files' safe filter. */
    public static UpliftClassifier load(byte[] bytes, String source) {
        if (ModelSerializer.read(bytes, source) instanceof UpliftClassifier model) {
            return model;
        }
        throw new ModelException(source + " is not an uplift model.");
    }
}
