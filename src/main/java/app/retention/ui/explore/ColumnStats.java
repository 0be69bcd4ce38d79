package app.retention.ui.explore;

import app.retention.ui.common.RoleNames;
import app.retention.explore.CategoryCount;
import app.retention.explore.ColumnProfile;
import app.retention.explore.NumericSummary;
import app.retention.ui.common.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A column's profile as the label–value pairs of the statistics grid. */
public final class ColumnStats {

    /** One line of the grid. */
    public record Stat(String label, String value) {
    }

    private ColumnStats() {
    }

    public static List<Stat> of(ColumnProfile p) {
        List<Stat> stats = new ArrayList<>();
        stats.add(new Stat("Type", p.type().label()));
        stats.add(new Stat("Role", RoleNames.of(p.role())));
        stats.add(new Stat("Missing", Formats.count(p.missing()) + " (" + Formats.percent(p.missingShare()) + ")"));
        stats.add(new Stat("Distinct values", Formats.count(p.distinct())));
        NumericSummary n = p.numeric();
        if (n != null) {
            stats.add(new Stat("Minimum", number(n.min())));
            stats.add(new Stat("5th percentile", number(n.p05())));
            stats.add(new Stat("Lower quartile", number(n.q1())));
            stats.add(new Stat("Median", number(n.median())));
            stats.add(new Stat("Mean", number(n.mean())));
            stats.add(new Stat("Upper quartile", number(n.q3())));
            stats.add(new Stat("95th percentile", number(n.p95())));
            stats.add(new Stat("Maximum", number(n.max())));
            stats.add(new Stat("Standard deviation", number(n.sd())));
        }
        if (p.topCategories() != null) {
            long present = p.rows() - p.missing();
            for (CategoryCount c : p.topCategories()) {
                stats.add(new Stat(c.value(), Formats.count(c.count()) + " (" + Formats.percent(
                        present == 0 ? 0 : (double) c.count() / present) + ")"));
            }
        }
        if (p.firstDate() != null) {
            stats.add(new Stat("First date", p.firstDate()));
            stats.add(new Stat("Last date", p.lastDate()));
        }
        return stats;
    }

    /** Whole numbers without decimals, others with at most two, thousands separated. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.US, "%,d", (long) value);
        }
        return String.format(Locale.US, "%,.2f", value);
    }
}
