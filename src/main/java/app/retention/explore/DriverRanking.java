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
        return new Driver(d.column().name(), auc, iv, sentence(strongest, baseRate), strongest,
                d.column().displayLabel());
    }

    /**
     * AUC of the value itself as a score over all customers, turned so that 0.5 is the floor. A pair with a
     * missing value counts as a tie (one half): a feature known for a third of customers cannot rank above
     * one known for all of them on the strength of that third.
     */
    static double numericAuc(ColumnDistribution d) {
        long[] positives = d.churners().clone();
        long[] negatives = new long[positives.length];
        long presentPositives = 0;
        long presentNegatives = 0;
        for (int i = 0; i < positives.length; i++) {
            negatives[i] = d.counts()[i] - positives[i];
            presentPositives += positives[i];
            presentNegatives += negatives[i];
        }
        double allPositives = presentPositives + d.missingChurners();
        double allNegatives = presentNegatives + (d.missing() - d.missingChurners());
        if (allPositives == 0 || allNegatives == 0) {
            return 0.5;
        }
        double present = RankAuc.of(positives, negatives);
        double presentPairs = (double) presentPositives * presentNegatives;
        double orderedPairs = Double.isNaN(present) ? 0 : present * presentPairs;
        double allPairs = allPositives * allNegatives;
        double auc = (orderedPairs + 0.5 * (allPairs - presentPairs)) / allPairs;
        return Math.max(auc, 1 - auc);
    }

    /** AUC of the groups ranked by churn rate (categories have no order of their own). */
    static double groupAuc(List<RateGroup> groups) {
        List<RateGroup> byRate = new ArrayList<>(groups);
        byRate.sort(Comparator.comparingDouble(RateGroup::rate));
        double auc = RankAuc.of(byRate.stream().mapToLong(RateGroup::churners).toArray(),
                byRate.stream().mapToLong(g -> g.customers() - g.churners()).toArray());
        return Double.isNaN(auc) ? 0.5 : auc;
    }

    /**
     * The group to tell a marketer about, among groups big enough to trust (30 customers and 1% of rows):
     * the one at highest risk when some group churns clearly above average, else the one at lowest risk.
     */
    private static RateGroup strongest(List<RateGroup> groups, long rows) {
        long minimum = Math.max(30, rows / 100);
        List<RateGroup> trusted = groups.stream().filter(g -> g.customers() >= minimum && !Double.isNaN(g.ratio())).toList();
        return trusted.stream().filter(g -> g.ratio() >= 1.2).max(Comparator.comparingDouble(RateGroup::ratio))
                .or(() -> trusted.stream().min(Comparator.comparingDouble(RateGroup::ratio)))
                .orElse(null);
    }

    /** The group in a sentence, with how many customers it holds, so that a high rate of a few reads as such (m13). */
    static String sentence(RateGroup g, double baseRate) {
        if (g == null) {
            return "No group of customers is large enough to compare.";
        }
        String ratio = String.format(Locale.ROOT, "%.1f×", g.ratio());
        return String.format(Locale.ROOT, "Customers whose %s churn at %s the average rate (%s vs %s, %,d "
                + "customers).", g.description(), ratio, percent(g.rate()), percent(baseRate), g.customers());
    }

    static String percent(double share) {
        double p = share * 100;
        return p < 10 && p != Math.rint(p) ? String.format(Locale.ROOT, "%.1f%%", p) : String.format(Locale.ROOT, "%.0f%%", p);
    }
}
