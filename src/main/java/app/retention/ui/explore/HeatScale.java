package app.retention.ui.explore;

/**
 * The colour step of a crosstab cell: its churn rate against the dataset's average, so that the same colour
 * means the same thing in every dataset. Step {@link #AVERAGE} is "about average"; lower steps churn less.
 */
public final class HeatScale {

    public static final int STEPS = 7;
    public static final int AVERAGE = 3;
    /** Upper bounds of the ratio to the average for steps 0..5; step 6 is everything above. */
    private static final double[] BOUNDS = {0.5, 0.75, 0.9, 1.1, 1.33, 2.0};
    private static final String[] MEANINGS = {"under 0.5×", "0.5–0.75×", "0.75–0.9×", "about average",
        "1.1–1.33×", "1.33–2×", "over 2×"};

    private HeatScale() {
    }

    /** The step of a group churning at {@code rate} when the average is {@code baseRate}; -1 for an empty cell. */
    public static int step(long customers, double rate, double baseRate) {
        if (customers == 0 || Double.isNaN(rate)) {
            return -1;
        }
        if (!(baseRate > 0)) {
            return AVERAGE;
        }
        double ratio = rate / baseRate;
        for (int i = 0; i < BOUNDS.length; i++) {
            if (ratio < BOUNDS[i]) {
                return i;
            }
        }
        return STEPS - 1;
    }

    public static String meaning(int step) {
        return MEANINGS[step];
    }
}
