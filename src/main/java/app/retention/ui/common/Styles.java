package app.retention.ui.common;

/** Style class names used from code; the rules live in styles/app.css, the colours in styles/tokens.css. */
public final class Styles {

    public static final String TOKENS = "/styles/tokens.css";
    public static final String APP = "/styles/app.css";

    public static final String NAV_BUTTON = "nav-button";
    public static final String NUMERIC = "numeric";
    public static final String MUTED = "muted";
    public static final String ERROR_TEXT = "error-text";
    public static final String TASK_ITEM = "task-item";
    public static final String STATUS_HISTORY_LIST = "status-history-list";
    public static final String ROLE_TARGET = "role-target";
    public static final String ROLE_EXCLUDED = "role-excluded";
    public static final String DROP_TARGET = "drop-target";
    public static final String EMPTY_MESSAGE = "empty-message";
    public static final String SERIES_SWATCH = "series-swatch";
    public static final String BASELINE_ROW = "baseline-row";
    public static final String MISSING_ROW = "missing-row";
    public static final String VERDICT_BEST = "verdict-best";
    public static final String VERDICT_BETTER = "verdict-better";
    public static final String VERDICT_WORSE = "verdict-worse";
    public static final String MODEL_CHART = "model-chart";
    public static final String LEARNER_DESCRIPTION = "learner-description";
    public static final String LEARNER_CELL = "learner-cell";
    public static final String IMPORTANCE_ROW = "importance-row";
    public static final String IMPORTANCE_NAME = "importance-name";
    public static final String IMPORTANCE_BAR = "importance-bar";
    public static final String IMPORTANCE_VALUE = "importance-value";
    public static final String PERSONAL_INCLUDED = "personal-included";
    public static final String PROVENANCE_NAME = "provenance-name";
    public static final String PROVENANCE_VALUE = "provenance-value";
    /**
     * Prefix of a file check's style class: file-unchanged, file-changed, file-replaced, file-missing,
     * file-unreadable.
     */
    public static final String FILE_STATE_PREFIX = "file-";

    private Styles() {
    }

    /** The class giving something the colour of model series {@code index}, as on the charts (see ChartLook). */
    public static String series(int index) {
        return "series-" + ChartLook.seriesIndex(index);
    }
}
