package app.retention.evaluate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weka.classifiers.Evaluation;
import weka.classifiers.evaluation.Prediction;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Our metrics equal Weka's Evaluation on the same predictions, to 1e-9 (ARCHITECTURE.md, correctness contract). */
class BinaryMetricsGoldenTest {

    @BeforeAll
    static void loadBank() throws Exception {
        assertThat(BankPredictions.bank().classAttribute().value(1)).isEqualTo("1"); // churn = Exited 1 is class index 1
    }

    @ParameterizedTest
    @ValueSource(strings = {"weka.classifiers.functions.Logistic", "weka.classifiers.trees.J48",
            "weka.classifiers.bayes.NaiveBayes"})
    void metricsEqualWekaEvaluationOnTheSamePredictions(String learner) throws Exception {
        Evaluation evaluation = BankPredictions.crossValidated(learner, 5);
        ArrayList<Prediction> predictions = evaluation.predictions();
        double[] p = BankPredictions.churnProbabilities(predictions);
        boolean[] y = BankPredictions.churned(predictions);
        MetricSet ours = BinaryMetrics.compute(p, y, 0.5);
        assertThat(ours.rocAuc()).isCloseTo(evaluation.areaUnderROC(1), within(1e-9));
        assertThat(ours.prAuc()).isCloseTo(evaluation.areaUnderPRC(1), within(1e-9));
        assertThat(ours.accuracy()).isCloseTo(evaluation.pctCorrect() / 100, within(1e-9));
        assertThat(ours.precision()).isCloseTo(evaluation.precision(1), within(1e-9));
        assertThat(ours.recall()).isCloseTo(evaluation.recall(1), within(1e-9));
        assertThat(ours.f1()).isCloseTo(evaluation.fMeasure(1), within(1e-9));
        assertThat(ours.kappa()).isCloseTo(evaluation.kappa(), within(1e-9));
        assertThat(ours.confusion().truePositives()).isEqualTo((long) evaluation.numTruePositives(1));
        assertThat(ours.confusion().falsePositives()).isEqualTo((long) evaluation.numFalsePositives(1));
    }
}
