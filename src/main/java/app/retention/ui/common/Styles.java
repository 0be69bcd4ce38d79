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
    public static final String ROLE_TARGET = "role-target";
    public static final String ROLE_EXCLUDED = "role-excluded";
    public static final String DROP_TARGET = "drop-target";

    private Styles() {
    }
}
