package app.retention.segment;

import app.retention.domain.ColumnLabels;

import java.util.Locale;

/** How numbers read in the package's sentences: shares as whole percentages, probabilities with two decimals. */
final class Wording {

    private Wording() {
    }

    /** 0.1 → "10%", 0.004 → "0.4%", 0 → "0%". */
    static String percent(double share) {
        double percent = share * 100;
        if (percent == 0 || percent >= 0.95) {
            return String.format(Locale.ROOT, "%d%%", Math.round(percent));
        }
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** "days_since_last_order" → "Days since last order" ({@link ColumnLabels#humanise}). */
    static String humanise(String column) {
        return ColumnLabels.humanise(column);
    }
}
