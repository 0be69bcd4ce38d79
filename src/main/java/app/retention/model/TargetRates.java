package app.retention.model;

import app.retention.domain.Encoding;
import app.retention.domain.EncodingPolicy;
import weka.core.Instance;
import weka.core.Instances;

import java.util.Random;

/**
 * Target encoding for {@link EncodedClassifier}: a value's churn rate among the training customers, pulled towards
 * the overall rate by {@link EncodingPolicy#SMOOTHING} customers' weight; and the training customers' own rates
 * cross-fitted (each fifth of them gets the rates of the other four fifths), so that the learner never sees a
 * customer's label inside that customer's feature.
 */
final class TargetRates {

    private static final int CROSS_FIT_FOLDS = 5;
    private static final long CROSS_FIT_SEED = 1;

    private TargetRates() {
    }

    /** Smoothed churn rate of each value; a value without customers gets the prior. */
    static double[] smoothed(double[] count, double[] churn, double prior) {
        double[] rates = new double[count.length];
        for (int v = 0; v < count.length; v++) {
            rates[v] = (churn[v] + EncodingPolicy.SMOOTHING * prior) / (count[v] + EncodingPolicy.SMOOTHING);
        }
        return rates;
    }

    /** Which cross-fitting fold each training customer is in: a seeded shuffle, dealt round-robin. */
    static int[] folds(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Random random = new Random(CROSS_FIT_SEED);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] fold = new int[size];
        for (int k = 0; k < size; k++) {
            fold[order[k]] = k % CROSS_FIT_FOLDS;
        }
        return fold;
    }

    /**
     * Per cross-fitting fold ({@link #folds}) and attribute, the target encoding fitted on the other folds; null when
     * no attribute is target-encoded or there are too few customers to cross-fit.
     *
     * @param encodings {@link Encoding} ordinal of each attribute (anything else for numbers and the class)
     */
    static double[][][] crossFitted(Instances data, int[] encodings) {
        boolean any = false;
        for (int e : encodings) {
            any |= e == Encoding.TARGET.ordinal();
        }
        if (!any || data.numInstances() < 2 * CROSS_FIT_FOLDS) {
            return null;
        }
        int[] fold = folds(data.numInstances());
        double[][][] rates = new double[CROSS_FIT_FOLDS][encodings.length][];
        for (int k = 0; k < CROSS_FIT_FOLDS; k++) {
            double[] classWeight = new double[2];
            for (int i = 0; i < data.numInstances(); i++) {
                Instance row = data.instance(i);
                if (fold[i] != k && !row.classIsMissing()) {
                    classWeight[(int) row.classValue()] += row.weight();
                }
            }
            double foldPrior = classWeight[1] / Math.max(Double.MIN_VALUE, classWeight[0] + classWeight[1]);
            for (int a = 0; a < encodings.length; a++) {
                if (encodings[a] != Encoding.TARGET.ordinal()) {
                    continue;
                }
                double[] count = new double[data.attribute(a).numValues()];
                double[] churn = new double[data.attribute(a).numValues()];
                for (int i = 0; i < data.numInstances(); i++) {
                    Instance row = data.instance(i);
                    if (fold[i] != k && !row.isMissing(a) && !row.classIsMissing()) {
                        count[(int) row.value(a)] += row.weight();
                        churn[(int) row.value(a)] += row.weight() * row.classValue();
                    }
                }
                rates[k][a] = smoothed(count, churn, foldPrior);
            }
        }
        return rates;
    }
}
