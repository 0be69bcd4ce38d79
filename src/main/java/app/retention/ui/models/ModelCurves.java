package app.retention.ui.models;

import app.retention.evaluate.Calibration;
import app.retention.evaluate.Curves;
import app.retention.evaluate.GainsPoint;
import app.retention.evaluate.LiftDecile;
import app.retention.evaluate.PrecisionRecallPoint;
import app.retention.evaluate.RocPoint;

import java.util.List;

/** Every curve of one model's pooled out-of-sample predictions, computed once and drawn on each chart tab. */
public record ModelCurves(List<RocPoint> roc, List<PrecisionRecallPoint> precisionRecall, List<GainsPoint> gains,
                          List<LiftDecile> lift, Calibration calibration, double baseRate) {

    public static ModelCurves of(double[] churnProbability, boolean[] churned) {
        long churners = 0;
        for (boolean c : churned) {
            churners += c ? 1 : 0;
        }
        return new ModelCurves(Curves.roc(churnProbability, churned), Curves.precisionRecall(churnProbability, churned),
                Curves.gains(churnProbability, churned), Curves.liftByDecile(churnProbability, churned),
                Curves.calibration(churnProbability, churned), (double) churners / churned.length);
    }
}
