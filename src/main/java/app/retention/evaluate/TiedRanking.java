package app.retention.evaluate;

import java.util.Arrays;

/**
 * Customers ranked by descending churn probability, customers with the same probability forming one tie.
 * Counts over the top k are expected values over the order within ties: a tie cut by k contributes its
 * churners in proportion to the part of it inside, so a model that gives everyone the same probability has a
 * lift of exactly 1 everywhere, whatever order the customers came in.
 */
final class TiedRanking {

    private final int size;
    private final double churners;
    private final int[] tieStart;          // rank of each tie's first customer, ties by descending probability
    private final double[] churnersBefore; // churners in the ties before each tie, plus one final total
    private final double[] descending;     // the probabilities by rank

    private TiedRanking(int size, double churners, int[] tieStart, double[] churnersBefore, double[] descending) {
        this.size = size;
        this.churners = churners;
        this.tieStart = tieStart;
        this.churnersBefore = churnersBefore;
        this.descending = descending;
    }

    static TiedRanking of(double[] churnProbability, boolean[] churned) {
        int n = churnProbability.length;
        if (churned.length != n) {
            throw new IllegalArgumentException("need one outcome per prediction");
        }
        Integer[] ranked = BinaryMetrics.ranking(churnProbability);
        int[] starts = new int[n + 1];
        double[] before = new double[n + 2];
        double[] scores = new double[n];
        int ties = 0;
        double total = 0;
        for (int r = 0; r < n; r++) {
            double p = churnProbability[ranked[r]];
            if (r == 0 || p != churnProbability[ranked[r - 1]]) {
                starts[ties] = r;
                before[ties] = total;
                ties++;
            }
            total += churned[ranked[r]] ? 1 : 0;
            scores[r] = p;
        }
        starts[ties] = n;
        before[ties] = total;
        return new TiedRanking(n, total, Arrays.copyOf(starts, ties + 1), Arrays.copyOf(before, ties + 1), scores);
    }

    int size() {
        return size;
    }

    /** All churners. */
    double churners() {
        return churners;
    }

    /** Expected churners among the {@code k} customers with the highest probability, 0 ≤ k ≤ size. */
    double churnersInTop(int k) {
        if (k <= 0) {
            return 0;
        }
        if (k >= size) {
            return churners;
        }
        int found = Arrays.binarySearch(tieStart, k);
        if (found >= 0) {
            return churnersBefore[found];
        }
        int tie = -found - 2; // the tie that k cuts
        double inTie = churnersBefore[tie + 1] - churnersBefore[tie];
        double share = (double) (k - tieStart[tie]) / (tieStart[tie + 1] - tieStart[tie]);
        return churnersBefore[tie] + share * inTie;
    }

    /** Mean churn probability of the customers ranked {@code from} (inclusive) to {@code to} (exclusive). */
    double meanProbability(int from, int to) {
        double sum = 0;
        for (int r = from; r < to; r++) {
            sum += descending[r];
        }
        return sum / (to - from);
    }
}
