package app.retention.evaluate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weka.classifiers.Evaluation;
import weka.classifiers.evaluation.Prediction;
import weka.classifiers.evaluation.ThresholdCurve;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Our ROC, precision–recall and gains points are Weka's ThresholdCurve points on the same real predictions. */
class CurvesGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"weka.classifiers.functions.Logistic", "weka.classifiers.trees.J48"})
    void rocPrecisionRecallAndGainsPointsAreWekasThresholdCurve(String learner) throws Exception {
        Evaluation evaluation = BankPredictions.crossValidated(learner, 5);
        ArrayList<Prediction> predictions = evaluation.predictions();
        double[] p = BankPredictions.churnProbabilities(predictions);
        boolean[] y = BankPredictions.churned(predictions);
        Instances weka = new ThresholdCurve().getCurve(predictions, 1);
        int n = weka.numInstances();

        List<RocPoint> roc = Curves.roc(p, y);
        List<GainsPoint> gains = Curves.gains(p, y);
        assertThat(roc).hasSize(n);
        assertThat(gains).hasSize(n);
        for (int i = 0; i < n; i++) {
            // Weka lists thresholds ascending; ours run from flagging nobody to flagging everyone
            int w = n - 1 - i;
            assertThat(roc.get(i).threshold()).isCloseTo(value(weka, w, ThresholdCurve.THRESHOLD_NAME), within(1e-12));
            assertThat(roc.get(i).falsePositiveRate()).isCloseTo(value(weka, w, ThresholdCurve.FP_RATE_NAME), within(1e-12));
            assertThat(roc.get(i).truePositiveRate()).isCloseTo(value(weka, w, ThresholdCurve.TP_RATE_NAME), within(1e-12));
            assertThat(gains.get(i).contacted()).isCloseTo(value(weka, w, ThresholdCurve.SAMPLE_SIZE_NAME), within(1e-12));
            assertThat(gains.get(i).captured()).isCloseTo(value(weka, w, ThresholdCurve.RECALL_NAME), within(1e-12));
        }
        assertThat(roc.get(0)).extracting(RocPoint::falsePositiveRate, RocPoint::truePositiveRate).containsExactly(0.0, 0.0);
        assertThat(roc.get(n - 1)).extracting(RocPoint::falsePositiveRate, RocPoint::truePositiveRate).containsExactly(1.0, 1.0);

        List<PrecisionRecallPoint> pr = Curves.precisionRecall(p, y);
        assertThat(pr).hasSize(n - 1); // all but the point flagging nobody
        for (int i = 0; i < pr.size(); i++) {
            int w = n - 2 - i;
            assertThat(pr.get(i).threshold()).isCloseTo(value(weka, w, ThresholdCurve.THRESHOLD_NAME), within(1e-12));
            assertThat(pr.get(i).precision()).isCloseTo(value(weka, w, ThresholdCurve.PRECISION_NAME), within(1e-12));
            assertThat(pr.get(i).recall()).isCloseTo(value(weka, w, ThresholdCurve.RECALL_NAME), within(1e-12));
        }
    }

    private static double value(Instances curve, int row, String attribute) {
        return curve.instance(row).value(curve.attribute(attribute));
    }
}
