package app.retention.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Qini curve of a campaign (METRICS.md, Radcliffe 2007): with Y = 1 for a retained customer, customers of
 * both groups ranked together by score, highest first, Q(k) = Σ_{top k, treated} Y − Σ_{top k, control} Y · Nₜ(k) ÷
 * Nc(k) (the control term is 0 while no control customer is among the top k). The Qini coefficient is the area
 * between the curve and the straight line from (0, 0) to (N, Q(N)), by trapezoids over every k, divided by N:
 * above 0 when ranking by the score puts the customers the campaign keeps first, 0 for random targeting.
 *
 * <p>Ties in the score keep the order the customers were given in (callers pass them sorted by key), so the
 * curve does not depend on how a database returned them.
 *
 * @param points      Q(k) at about {@code maxPoints} evenly spaced k from 0 to N (always including both ends)
 * @param coefficient the Qini coefficient, in customers
 * @param customers   N, treated and control together
 */
public record QiniCurve(List<QiniPoint> points, double coefficient, int customers) {

    /** One point of the curve: the top {@code k} customers and Q(k). */
    public record QiniPoint(int k, double q) {
    }

    public QiniCurve {
        points = List.copyOf(points);
    }

    /**
     * @param score     the ranking score of each customer (higher = ranked first), e.g. the churn probability
     * @param treated   whether each customer was in the treated group (else control)
     * @param retained  whether each customer stayed (Y = 1)
     * @param maxPoints how many points of the curve to keep (at least 2)
     */
    public static QiniCurve of(double[] score, boolean[] treated, boolean[] retained, int maxPoints) {
        int n = score.length;
        if (treated.length != n || retained.length != n) {
            throw new IllegalArgumentException("score, treated and retained must have one entry per customer");
        }
        Integer[] order = rankedByScore(score);
        double[] q = new double[n + 1];
        long treatedCount = 0;
        long controlCount = 0;
        long treatedRetained = 0;
        long controlRetained = 0;
        for (int i = 0; i < n; i++) {
            int c = order[i];
            if (treated[c]) {
                treatedCount++;
                treatedRetained += retained[c] ? 1 : 0;
            } else {
                controlCount++;
                controlRetained += retained[c] ? 1 : 0;
            }
            q[i + 1] = treatedRetained - (controlCount == 0 ? 0 : (double) controlRetained * treatedCount / controlCount);
        }
        double area = 0;
        for (int k = 1; k <= n; k++) {
            area += (q[k - 1] + q[k]) / 2;
        }
        double coefficient = n == 0 ? 0 : (area - n * q[n] / 2) / n;
        List<QiniPoint> points = new ArrayList<>();
        int steps = Math.max(1, Math.min(n, maxPoints - 1));
        int last = -1;
        for (int s = 0; s <= steps; s++) {
            int k = (int) Math.round((double) s * n / steps);
            if (k != last) {
                points.add(new QiniPoint(k, q[k]));
                last = k;
            }
        }
        return new QiniCurve(points, coefficient, n);
    }

    /** Indices of the customers, highest score first; ties keep the given order (a stable sort). */
    static Integer[] rankedByScore(double[] score) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]));
        return order;
    }
}
