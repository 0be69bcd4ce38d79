package app.retention.ui;

/** The screens of the main window, in navigation order. */
public enum Screen {
    DATA, EXPLORE, MODELS, SEGMENTS, EXPORTS, CAMPAIGNS, MONITOR
}
