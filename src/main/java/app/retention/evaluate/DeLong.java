package app.retention.evaluate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * DeLong's test for two correlated ROC AUCs on the same customers (DeLong, DeLong &amp; Clarke-Pearson 1988), as
 * METRICS.md defines it, computed with midranks in O(n log n) (Sun &amp; Xu 2014): each AUC, the variance of their
 * difference from the structural components, and the two-sided p-value of z = difference ÷ its standard error.
 *
 * @param aucA     ROC AUC of the first model's scores
 * @param aucB     ROC AUC of the second model's scores
 * @param standardError standard error of {@code aucA − aucB}
 * @param pValue   two-sided p-value; 1 when the two score the customers identically
 */
public record DeLong(double aucA, double aucB, double standardError, double pValue) {

    /** The difference aucA − aucB. */
    public double difference() {
        return aucA - aucB;
    }

    /** The variance of {@code aucA − aucB}: the standard error squared. */
    public double variance() {
        return standardError * standardError;
    }

    /**
     * One model's ROC AUC with DeLong's standard error, var = S₁₀ ÷ m + S₀₁ ÷ n from the same structural
     * components as {@link #compare}: what its 95% interval is built from.
     *
     * @throws IllegalArgumentException when the arrays differ in length or one class has fewer than two customers
     */
    public static AucEstimate estimate(double[] scores, boolean[] churned) {
        DeLong self = compare(scores, scores, churned, true);
        return new AucEstimate(self.aucA, self.standardError);
    }

    /**
     * Compares two models' scores of the same customers.
     *
     * @throws IllegalArgumentException when the arrays differ in length or one class is missing
     */
    public static DeLong compare(double[] scoresA, double[] scoresB, boolean[] churned) {
        return compare(scoresA, scoresB, churned, false);
    }

    /** With {@code single}, the standard error is of aucA alone (scoresB ignored), not of the difference. */
    private static DeLong compare(double[] scoresA, double[] scoresB, boolean[] churned, boolean single) {
        int n = churned.length;
        if (scoresA.length != n || scoresB.length != n) {
            throw new IllegalArgumentException("need one score of each model per customer");
        }
        int[] positives = IntStream.range(0, n).filter(i -> churned[i]).toArray();
        int[] negatives = IntStream.range(0, n).filter(i -> !churned[i]).toArray();
        int m = positives.length;
        int k = negatives.length;
        if (m < 2 || k < 2) {
            throw new IllegalArgumentException("DeLong's test needs at least two churners and two stayers");
        }
        double[][] v10 = new double[2][];
        double[][] v01 = new double[2][];
        double[] auc = new double[2];
        double[][] scores = {scoresA, scoresB};
        for (int model = 0; model < 2; model++) {
            double[] x = pick(scores[model], positives);
            double[] y = pick(scores[model], negatives);
            double[] z = new double[m + k];
            System.arraycopy(x, 0, z, 0, m);
            System.arraycopy(y, 0, z, m, k);
            double[] tx = midranks(x);
            double[] ty = midranks(y);
            double[] tz = midranks(z);
            double sum = 0;
            v10[model] = new double[m];
            v01[model] = new double[k];
            for (int i = 0; i < m; i++) {
                v10[model][i] = (tz[i] - tx[i]) / k;
                sum += tz[i];
            }
            for (int j = 0; j < k; j++) {
                v01[model][j] = 1 - (tz[m + j] - ty[j]) / m;
            }
            auc[model] = (sum - m * (m + 1) / 2.0) / ((double) m * k);
        }
        double variance = single ? cov(v10[0], v10[0]) / m + cov(v01[0], v01[0]) / k
                : (cov(v10[0], v10[0]) + cov(v10[1], v10[1]) - 2 * cov(v10[0], v10[1])) / m
                + (cov(v01[0], v01[0]) + cov(v01[1], v01[1]) - 2 * cov(v01[0], v01[1])) / k;
        double se = Math.sqrt(Math.max(0, variance));
        double diff = auc[0] - auc[1];
        double p = se == 0 ? (diff == 0 ? 1 : 0) : ChiSquare.normalTwoSided(diff / se);
        return new DeLong(auc[0], auc[1], se, Math.min(1, p));
    }

    private static double[] pick(double[] values, int[] at) {
        double[] out = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = values[at[i]];
        }
        return out;
    }

    /** 1-based ranks, ties given the mean of the ranks they span. */
    static double[] midranks(double[] values) {
        int n = values.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && values[order[j]] == values[order[i]]) {
                j++;
            }
            double mid = (i + 1 + j) / 2.0; // ranks i+1 .. j
            for (int t = i; t < j; t++) {
                ranks[order[t]] = mid;
            }
            i = j;
        }
        return ranks;
    }

    private static double cov(double[] a, double[] b) {
        int n = a.length;
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (n - 1);
    }
}
