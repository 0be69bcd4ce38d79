package app.retention.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * Uplift by score decile (METRICS.md): the campaign's customers, treated and control together, ranked by score
 * (highest first; ties in the given order), cut into ten equal-count groups (customer i of N in ranked order goes
 * to group ⌊10·i ÷ N⌋), and control churn rate − treated churn rate in each.
 */
public final class UpliftDeciles {

    /**
     * One decile.
     *
     * @param decile          1 = the highest scores
     * @param meanScore       the customers' mean score
     * @param uplift          control rate − treated rate; NaN when either group is empty in the decile
     * @param interval        its Newcombe 95% interval, or null when either group is empty
     */
    public record Decile(int decile, long treated, long treatedChurners, long control, long controlChurners,
                         double meanScore, double uplift, Interval interval) {
    }

    private UpliftDeciles() {
    }

    public static List<Decile> of(double[] score, boolean[] treated, boolean[] churned) {
        int n = score.length;
        if (treated.length != n || churned.length != n) {
            throw new IllegalArgumentException("score, treated and churned must have one entry per customer");
        }
        Integer[] order = QiniCurve.rankedByScore(score);
        long[][] counts = new long[10][4];
        double[] scoreSum = new double[10];
        long[] members = new long[10];
        for (int i = 0; i < n; i++) {
            int c = order[i];
            int g = (int) ((long) i * 10 / n);
            int arm = treated[c] ? 0 : 2;
            counts[g][arm]++;
            counts[g][arm + 1] += churned[c] ? 1 : 0;
            scoreSum[g] += score[c];
            members[g]++;
        }
        List<Decile> deciles = new ArrayList<>();
        for (int g = 0; g < 10; g++) {
            if (members[g] == 0) {
                continue;
            }
            long t = counts[g][0];
            long tc = counts[g][1];
            long k = counts[g][2];
            long kc = counts[g][3];
            boolean both = t > 0 && k > 0;
            deciles.add(new Decile(g + 1, t, tc, k, kc, scoreSum[g] / members[g],
                    both ? (double) kc / k - (double) tc / t : Double.NaN,
                    both ? NewcombeInterval.difference95(kc, k, tc, t) : null));
        }
        return deciles;
    }
}
