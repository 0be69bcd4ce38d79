package app.retention.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * The population stability index of METRICS.md: PSI = Σ (aᵢ − eᵢ)·ln(aᵢ ÷ eᵢ) over the bins of the earlier
 * (expected) snapshot, where eᵢ and aᵢ are the shares of the expected and the actual customers in bin i. A bin empty
 * on one side would make the term infinite: its share is taken as {@link #EPSILON} (0.0001) instead, the other
 * shares unchanged (METRICS.md). Below 0.1 stable, 0.1 to 0.25 watch, above 0.25 shifted.
 */
public final class PopulationStability {

    /** The share given to a bin no customer of one side falls in. */
    public static final double EPSILON = 1e-4;
    /** From here on a change is worth watching. */
    public static final double WATCH = 0.10;
    /** Above this the population has shifted. */
    public static final double SHIFTED = 0.25;

    /** How far a population moved, in METRICS.md's three words. */
    public enum Level {
        STABLE, WATCH, SHIFTED;

        /** The level of an index: below 0.1 stable, 0.1 to 0.25 watch, above 0.25 shifted. */
        public static Level of(double psi) {
            return psi > PopulationStability.SHIFTED ? SHIFTED : psi >= PopulationStability.WATCH ? WATCH : STABLE;
        }
    }

    private PopulationStability() {
    }

    /**
     * PSI of two counts over the same bins.
     *
     * @throws IllegalArgumentException when the bins differ in number or one side has no customer at all
     */
    public static double index(long[] expected, long[] actual) {
        if (expected.length != actual.length || expected.length == 0) {
            throw new IllegalArgumentException("need the same bins on both sides");
        }
        double e = sum(expected);
        double a = sum(actual);
        if (e == 0 || a == 0) {
            throw new IllegalArgumentException("need customers on both sides");
        }
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            double ei = share(expected[i], e);
            double ai = share(actual[i], a);
            psi += (ai - ei) * Math.log(ai / ei);
        }
        return psi;
    }

    private static double share(long count, double total) {
        return count == 0 ? EPSILON : count / total;
    }

    private static double sum(long[] counts) {
        double s = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("a count cannot be negative");
            }
            s += c;
        }
        return s;
    }

    /**
     * The upper edges of decile bins of the expected values, given as distinct values in ascending order with how
     * many customers have each: the value where the cumulative count first reaches k ÷ 10 of all, for k = 1..9,
     * repeated edges dropped. The bins are (−∞, c₁], (c₁, c₂], …, (c_last, ∞): a value shared by many customers
     * fills one bin rather than being split, so a number with few distinct values has fewer than ten bins.
     */
    public static double[] decileEdges(double[] distinctValues, long[] counts) {
        double total = sum(counts);
        List<Double> edges = new ArrayList<>();
        double cumulative = 0;
        int k = 1;
        for (int v = 0; v < distinctValues.length && k < 10; v++) {
            cumulative += counts[v];
            boolean added = false;
            while (k < 10 && cumulative >= k * total / 10 - 1e-9) {
                if (!added && v < distinctValues.length - 1) { // the largest value closes the last bin itself
                    edges.add(distinctValues[v]);
                    added = true;
                }
                k++;
            }
        }
        return edges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The bin of {@code value} among bins with upper edges {@code edges}: 0 to edges.length. */
    public static int bin(double[] edges, double value) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) { // the first edge at or above the value
            int mid = (lo + hi) >>> 1;
            if (edges[mid] >= value) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
