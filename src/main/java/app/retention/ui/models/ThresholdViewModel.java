package app.retention.ui.models;

import app.retention.evaluate.BinaryMetrics;
import app.retention.evaluate.ConfusionMatrix;
import app.retention.evaluate.Predictions;
import app.retention.model.ModelEvaluation;
import app.retention.ui.common.Formats;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.Locale;

/**
 * The threshold slider of the focused model: customers above the threshold are flagged; the confusion matrix,
 * precision, recall and the number flagged follow the slider at once (on the pooled out-of-sample predictions).
 */
public final class ThresholdViewModel {

    public static final double DEFAULT = 0.5;

    private final DoubleProperty threshold = new SimpleDoubleProperty(DEFAULT);
    private final ReadOnlyObjectWrapper<ConfusionMatrix> confusion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper thresholdText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper precision = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recall = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper flagged = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OperatingPoint> point = new ReadOnlyObjectWrapper<>();
    private ModelEvaluation shown;
    private int colour;

    ThresholdViewModel() {
        threshold.addListener((obs, was, now) -> update());
        update();
    }

    /** The model whose predictions the slider cuts (drawn in {@code colour}), or none. */
    void show(String label, int colour, ModelEvaluation evaluation) {
        shown = evaluation;
        this.colour = colour;
        title.set(evaluation == null ? "" : label);
        update();
    }

    private void update() {
        double t = threshold.get();
        thresholdText.set(String.format(Locale.US, "%.2f", t));
        if (shown == null) {
            confusion.set(null);
            precision.set("");
            recall.set("");
            flagged.set("");
            point.set(null);
            return;
        }
        Predictions predictions = shown.predictions();
        ConfusionMatrix cm = BinaryMetrics.confusion(predictions.probabilities(), predictions.churned(), t);
        confusion.set(cm);
        long churners = cm.truePositives() + cm.falseNegatives();
        precision.set(cm.flagged() == 0 ? "—" : Formats.percent((double) cm.truePositives() / cm.flagged())
                + " of flagged customers churn");
        recall.set(churners == 0 ? "—" : Formats.percent((double) cm.truePositives() / churners)
                + " of churners flagged");
        flagged.set(Formats.count(cm.flagged()) + " of " + Formats.count(cm.total()) + " customers flagged ("
                + Formats.percent((double) cm.flagged() / cm.total()) + ")");
        long stayers = cm.falsePositives() + cm.trueNegatives();
        point.set(new OperatingPoint(colour, t, stayers == 0 ? 0 : (double) cm.falsePositives() / stayers,
                churners == 0 ? 0 : (double) cm.truePositives() / churners,
                cm.flagged() == 0 ? Double.NaN : (double) cm.truePositives() / cm.flagged(),
                (double) cm.flagged() / cm.total()));
    }

    /** The focused model at the threshold, to mark on the curves; null when none is focused. */
    public ReadOnlyObjectProperty<OperatingPoint> pointProperty() {
        return point.getReadOnlyProperty();
    }

    /** Flag customers whose churn probability is above this, 0 to 1. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public ReadOnlyStringProperty thresholdTextProperty() {
        return thresholdText.getReadOnlyProperty();
    }

    /** The focused model's name, empty when none is focused. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConfusionMatrix> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty precisionProperty() {
        return precision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recallProperty() {
        return recall.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty flaggedProperty() {
        return flagged.getReadOnlyProperty();
    }
}
