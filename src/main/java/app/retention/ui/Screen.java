package app.retention.ui;

/** The screens of the main window, in navigation order; the overview first (issue 15 §5). */
public enum Screen {
    OVERVIEW, DATA, EXPLORE, MODELS, SEGMENTS, EXPORTS, CAMPAIGNS, MONITOR
}
