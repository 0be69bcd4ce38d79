package app.retention.explore;

import app.retention.data.DisplayValues;
import app.retention.domain.ColumnType;
import app.retention.evaluate.WeightedQuantile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A column's statistics, derived exactly from its value distribution. */
final class ColumnProfiles {

    static final int TOP_CATEGORIES = 10;

    private ColumnProfiles() {
    }

    static ColumnProfile of(ColumnDistribution d) {
        ColumnType type = d.column().type();
        NumericSummary numeric = null;
        List<CategoryCount> top = null;
        String first = null;
        String last = null;
        if (type.isNumeric() && d.size() > 0) {
            numeric = summary(d);
        } else if (type == ColumnType.DATE && d.size() > 0) {
            first = DisplayValues.format(d.values().get(0), d.column());
            last = DisplayValues.format(d.values().get(d.size() - 1), d.column());
        } else if (type != ColumnType.DATE) {
            top = topCategories(d);
        }
        return new ColumnProfile(d.column().name(), type, d.column().role(), d.rows(), d.missing(), d.size(), numeric,
                top, first, last, d.column().displayLabel());
    }

    static NumericSummary summary(ColumnDistribution d) {
        double[] values = d.numericValues();
        long[] counts = d.counts();
        long n = d.present();
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * counts[i];
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < values.length; i++) {
            double dev = values[i] - mean;
            squares += dev * dev * counts[i];
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        return new NumericSummary(values[0], values[values.length - 1], mean, sd,
                WeightedQuantile.of(values, counts, 0.05), WeightedQuantile.of(values, counts, 0.25),
                WeightedQuantile.of(values, counts, 0.5), WeightedQuantile.of(values, counts, 0.75),
                WeightedQuantile.of(values, counts, 0.95));
    }

    private static List<CategoryCount> topCategories(ColumnDistribution d) {
        List<CategoryCount> all = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            all.add(new CategoryCount(DisplayValues.format(d.values().get(i), d.column()), d.counts()[i], d.churners()[i]));
        }
        all.sort(Comparator.comparingLong(CategoryCount::count).reversed().thenComparing(CategoryCount::value));
        return List.copyOf(all.subList(0, Math.min(TOP_CATEGORIES, all.size())));
    }
}
