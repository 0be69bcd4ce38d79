package app.retention.explore;

import app.retention.data.DisplayValues;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnLabels;
import app.retention.domain.ColumnType;
import app.retention.domain.RowFilter;
import app.retention.evaluate.Interval;
import app.retention.evaluate.WilsonInterval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Splits a distribution into groups a person reads: quantile bins for numbers, values for categories
 * (rare ones pooled as "Other"), and a "missing" group; each with its churn rate.
 */
final class RateGroups {

    /** Categories smaller than this share of rows are pooled into "Other" when there are many. */
    private static final int MAX_CATEGORIES = 20;

    private RateGroups() {
    }

    static List<RateGroup> of(ColumnDistribution d, int bins, double baseRate) {
        List<RateGroup> groups = d.column().type().isNumeric() ? numericBins(d, bins, baseRate) : categories(d, baseRate);
        if (d.missing() > 0) {
            groups.add(group("(missing)", name(d) + " is missing", d.missing(), d.missingChurners(), baseRate,
                    RowFilter.in(d.column(), java.util.Collections.singletonList(null))));
        }
        return groups;
    }

    /** Cut points splitting present values into about {@code bins} groups of equal size, on distinct values. */
    static double[] quantileCuts(ColumnDistribution d, int bins) {
        double[] values = d.numericValues();
        long n = d.present();
        List<Double> cuts = new ArrayList<>();
        long cumulative = 0;
        int next = 1;
        for (int i = 0; i < values.length - 1; i++) {
            cumulative += d.counts()[i];
            if (next < bins && cumulative >= Math.round((double) next * n / bins)) {
                cuts.add(values[i + 1]);
                while (next < bins && cumulative >= Math.round((double) next * n / bins)) {
                    next++;
                }
            }
        }
        return cuts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<RateGroup> numericBins(ColumnDistribution d, int bins, double baseRate) {
        double[] cuts = quantileCuts(d, Math.max(1, bins));
        double[] values = d.numericValues();
        long[] count = new long[cuts.length + 1];
        long[] churn = new long[cuts.length + 1];
        for (int i = 0; i < values.length; i++) {
            int bin = binOf(values[i], cuts);
            count[bin] += d.counts()[i];
            churn[bin] += d.churners()[i];
        }
        boolean whole = d.column().type() == ColumnType.INTEGER;
        List<RateGroup> groups = new ArrayList<>();
        for (int b = 0; b <= cuts.length; b++) {
            Double from = b == 0 ? null : cuts[b - 1];
            Double to = b == cuts.length ? null : cuts[b];
            String label = rangeLabel(from, to, whole, values);
            groups.add(group(label, name(d) + " " + rangeWords(from, to, whole, values), count[b], churn[b], baseRate,
                    RowFilter.range(d.column(), from, to)));
        }
        return groups;
    }

    static int binOf(double value, double[] cuts) {
        int bin = 0;
        while (bin < cuts.length && value >= cuts[bin]) {
            bin++;
        }
        return bin;
    }

    private static List<RateGroup> categories(ColumnDistribution d, double baseRate) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> d.counts()[i]).reversed());
        List<RateGroup> groups = new ArrayList<>();
        long otherCount = 0;
        long otherChurn = 0;
        List<Object> otherValues = new ArrayList<>();
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            Object value = d.values().get(i);
            if (rank < MAX_CATEGORIES - 1 || order.size() <= MAX_CATEGORIES) {
                String label = DisplayValues.format(value, d.column());
                groups.add(group(label, name(d) + " is " + label, d.counts()[i], d.churners()[i], baseRate,
                        RowFilter.in(d.column(), List.of(value))));
            } else {
                otherCount += d.counts()[i];
                otherChurn += d.churners()[i];
                otherValues.add(value);
            }
        }
        // categories that count something read in their own order, not by size (m11)
        if (OrdinalOrder.applies(groups.stream().map(RateGroup::label).toList())) {
            groups.sort(Comparator.comparing(RateGroup::label, OrdinalOrder.comparator()));
        }
        if (otherCount > 0) {
            groups.add(group("Other (" + otherValues.size() + " values)", name(d) + " is one of " + otherValues.size()
                    + " rarer values", otherCount, otherChurn, baseRate,
                    RowFilter.in(d.column(), otherValues)));
        }
        return groups;
    }

    static RateGroup group(String label, String description, long customers, long churners, double baseRate,
                           RowFilter selector) {
        double rate = customers == 0 ? 0 : (double) churners / customers;
        Interval ci = WilsonInterval.of95(churners, customers);
        double ratio = baseRate > 0 ? rate / baseRate : Double.NaN;
        return new RateGroup(label, description, customers, churners, rate, ci.low(), ci.high(), ratio, selector);
    }

    /** The column as a sentence names it: its label, mid-sentence ("days since last order is 30 or more"). */
    private static String name(ColumnDistribution d) {
        return ColumnLabels.inSentence(d.column().displayLabel());
    }

    private static String rangeLabel(Double from, Double to, boolean whole, double[] values) {
        if (whole) {
            double lo = from == null ? values[0] : from;
            double hi = to == null ? values[values.length - 1] : previous(to, values);
            if (lo == hi) {
                return number(lo, true);
            }
            return from == null ? "≤ " + number(hi, true) : to == null ? "≥ " + number(lo, true)
                    : number(lo, true) + "–" + number(hi, true);
        }
        if (from == null && to == null) {
            return "all";
        }
        if (from == null) {
            return "< " + number(to, false);
        }
        return to == null ? "≥ " + number(from, false) : number(from, false) + " – < " + number(to, false);
    }

    /** The bin in words, by the values that occur in it for whole numbers ("is 0", "is between 3 and 5"). */
    private static String rangeWords(Double from, Double to, boolean whole, double[] values) {
        if (whole) {
            double lo = from == null ? values[0] : from;
            double hi = to == null ? values[values.length - 1] : previous(to, values);
            if (lo == hi) {
                return "is " + number(lo, true);
            }
            return from == null ? "is " + number(hi, true) + " or less" : to == null ? "is " + number(lo, true) + " or more"
                    : "is between " + number(lo, true) + " and " + number(hi, true);
        }
        if (from == null && to == null) {
            return "has any value";
        }
        if (from == null) {
            return "is below " + number(to, false);
        }
        return to == null ? "is " + number(from, false) + " or more"
                : "is from " + number(from, false) + " to below " + number(to, false);
    }

    /** The largest present value below {@code cut} (integer columns label bins by values that occur). */
    private static double previous(double cut, double[] values) {
        double best = cut - 1;
        for (double v : values) {
            if (v < cut) {
                best = v;
            } else {
                break;
            }
        }
        return best;
    }

    static String number(double v, boolean whole) {
        if (whole || v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        double abs = Math.abs(v);
        String pattern = abs >= 100 ? "%,.0f" : abs >= 1 ? "%,.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, v);
    }
}
