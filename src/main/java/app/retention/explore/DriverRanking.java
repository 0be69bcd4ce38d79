package app.retention.explore;

import app.retention.evaluate.InformationValue;
import app.retention.evaluate.RankAuc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks features by how well each alone separates churners, and words the strongest group of each.
 */
final class DriverRanking {

    static final int BINS = 10;

    private DriverRanking() {
    }

    static Driver of(ColumnDistribution d, double baseRate) {
        List<RateGroup> groups = RateGroups.of(d, BINS, baseRate);
        double auc = d.column().type().isNumeric() ? numericAuc(d) : groupAuc(groups);
        long[] events = groups.stream().mapToLong(RateGroup::churners).toArray();
        long[] nonEvents = groups.stream().mapToLong(g -> g.customers() - g.churners()).toArray();
        double iv = InformationValue.of(events, nonEvents);
        RateGroup strongest = strongest(groups, d.rows());
        return new Driver(d.column().name(), auc, iv, sentence(strongest, baseRate), strongest);
    }

    /** AUC of the value itself as a score (missing left out), turned so that 0.5 is the floor. */
    static double numericAuc(ColumnDistribution d) {
        long[] positives = d.churners().clone();
        long[] negatives = new long[positives.length];
        for (int i = 0; i < positives.length; i++) {
            negatives[i] = d.counts()[i] - positives[i];
        }
        double auc = RankAuc.of(positives, negatives);
        return Double.isNaN(auc) ? 0.5 : Math.max(auc, 1 - auc);
    }

    /** AUC of the groups ranked by churn rate (categories have no order of their own). */
    static double groupAuc(List<RateGroup> groups) {
        List<RateGroup> byRate = new ArrayList<>(groups);
        byRate.sort(Comparator.comparingDouble(RateGroup::rate));
        double auc = RankAuc.of(byRate.stream().mapToLong(RateGroup::churners).toArray(),
                byRate.stream().mapToLong(g -> g.customers() - g.churners()).toArray());
        return Double.isNaN(auc) ? 0.5 : auc;
    }

    /** The group furthest from the base rate among groups big enough to trust (30 customers and 1% of rows). */
    private static RateGroup strongest(List<RateGroup> groups, long rows) {
        long minimum = Math.max(30, rows / 100);
        return groups.stream().filter(g -> g.customers() >= minimum && !Double.isNaN(g.ratio()))
                .max(Comparator.comparingDouble(g -> Math.abs(Math.log(Math.max(g.ratio(), 1e-6)))))
                .orElse(null);
    }

    static String sentence(RateGroup g, double baseRate) {
        if (g == null) {
            return "No group of customers is large enough to compare.";
        }
        String ratio = g.ratio() >= 1 ? String.format(Locale.ROOT, "%.1f×", g.ratio())
                : String.format(Locale.ROOT, "%.1f×", g.ratio());
        return String.format(Locale.ROOT, "Customers whose %s churn at %s the average rate (%s vs %s).",
                g.description(), ratio, percent(g.rate()), percent(baseRate));
    }

    static String percent(double share) {
        double p = share * 100;
        return p < 10 && p != Math.rint(p) ? String.format(Locale.ROOT, "%.1f%%", p) : String.format(Locale.ROOT, "%.0f%%", p);
    }
}
