package app.retention.ui.models;

import app.retention.ui.common.ChartKind;

/** The chart tabs of the Models screen, each overlaying the selected models. */
public enum CurveKind implements ChartKind {
    ROC("ROC", "roc"),
    PRECISION_RECALL("Precision–recall", "precision-recall"),
    GAINS("Gains", "gains"),
    LIFT("Lift", "lift"),
    CALIBRATION("Calibration", "calibration");

    private final Naming naming;

    CurveKind(String title, String fileStem) {
        this.naming = new Naming(title, fileStem);
    }

    @Override
    public Naming naming() {
        return naming;
    }
}
