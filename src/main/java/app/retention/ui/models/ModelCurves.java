package app.retention.ui.models;

import app.retention.evaluate.Calibration;
import app.retention.evaluate.Curves;
import app.retention.evaluate.GainsPoint;
import app.retention.evaluate.LiftDecile;
import app.retention.evaluate.Predictions;
import app.retention.evaluate.PrecisionRecallPoint;
import app.retention.evaluate.RocPoint;

import java.util.List;

/** Every curve of one model's pooled out-of-sample predictions, computed once and drawn on each chart tab. */
public record ModelCurves(List<RocPoint> roc, List<PrecisionRecallPoint> precisionRecall, List<GainsPoint> gains,
                          List<LiftDecile> lift, Calibration calibration, double baseRate) {

    public static ModelCurves of(Predictions predictions) {
        double[] p = predictions.probabilities();
        boolean[] churned = predictions.churned();
        return new ModelCurves(Curves.roc(p, churned), Curves.precisionRecall(p, churned), Curves.gains(p, churned),
                Curves.liftByDecile(p, churned), Curves.calibration(p, churned), predictions.baseRate());
    }
}
