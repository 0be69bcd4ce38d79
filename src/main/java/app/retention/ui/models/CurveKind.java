package app.retention.ui.models;

/** The chart tabs of the Models screen, each overlaying the selected models. */
public enum CurveKind {
    ROC("ROC", "roc"),
    PRECISION_RECALL("Precision–recall", "precision-recall"),
    GAINS("Gains", "gains"),
    LIFT("Lift", "lift"),
    CALIBRATION("Calibration", "calibration");

    private final String title;
    private final String fileStem;

    CurveKind(String title, String fileStem) {
        this.title = title;
        this.fileStem = fileStem;
    }

    public String title() {
        return title;
    }

    /** The chart's part of a suggested file name. */
    public String fileStem() {
        return fileStem;
    }
}
