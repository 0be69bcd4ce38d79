package app.retention.ui.models;

import app.retention.model.Significance;
import app.retention.ui.common.Styles;

/**
 * How a run stands against the best run of its design on the leaderboard: the t-test's {@link Significance.Verdict}
 * for the others, the best itself, or untested when the design has a single test set. One value, its words, its
 * meaning and its look, instead of strings compared in four places.
 */
public enum Standing {
    BEST("best", "Best", "The highest mean ROC AUC among models evaluated on the same folds.", Styles.VERDICT_BEST),
    BETTER("better", "Better than best",
            "Significantly above the best (corrected resampled t-test over folds, or DeLong's test on one test set; "
                    + "p < 0.05).", Styles.VERDICT_BETTER),
    SAME("same", "Same as best",
            "Not significantly different from the best (corrected resampled t-test over folds, or DeLong's test on "
                    + "one test set; p ≥ 0.05).", null),
    WORSE("worse", "Worse than best",
            "Significantly below the best (corrected resampled t-test over folds, or DeLong's test on one test set; "
                    + "p < 0.05).", Styles.VERDICT_WORSE),
    NOT_TESTED("—", "Not tested",
            "Tested on different customers: nothing to pair the two models' scores with.", null),
    /** A baseline row without a run: nothing to compare. */
    NONE("", "", "", null);

    private final String code;
    private final String words;
    private final String meaning;
    private final String styleClass;

    Standing(String code, String words, String meaning, String styleClass) {
        this.code = code;
        this.words = words;
        this.meaning = meaning;
        this.styleClass = styleClass;
    }

    static Standing of(Significance.Verdict verdict) {
        return switch (verdict) {
            case BETTER -> BETTER;
            case SAME -> SAME;
            case WORSE -> WORSE;
            case NOT_TESTED -> NOT_TESTED;
        };
    }

    /** The short form a CSV file records: "best", "same", "worse", "better", "—" or empty. */
    public String code() {
        return code;
    }

    /** As a marketer would say it: "Same as best". */
    public String words() {
        return words;
    }

    /** What it means statistically, for a tooltip. */
    public String meaning() {
        return meaning;
    }

    /** The leaderboard cell's style class, or null for the plain look. */
    public String styleClass() {
        return styleClass;
    }
}
