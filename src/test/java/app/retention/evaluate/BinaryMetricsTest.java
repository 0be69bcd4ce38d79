package app.retention.evaluate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BinaryMetricsTest {

    @Test
    void liftAndCaptureCountTheTopShareByScore() {
        // 10 customers, 2 churners, both ranked first
        double[] p = {0.9, 0.8, 0.3, 0.3, 0.2, 0.2, 0.1, 0.1, 0.05, 0.01};
        boolean[] y = {true, true, false, false, false, false, false, false, false, false};
        MetricSet m = BinaryMetrics.compute(p, y, 0.5);
        assertThat(m.liftTop10()).isCloseTo(5.0, within(1e-12)); // top 1: 100% vs 20%
        assertThat(m.captureTop10()).isCloseTo(0.5, within(1e-12));
        assertThat(m.liftTop20()).isCloseTo(5.0, within(1e-12));
        assertThat(m.captureTop20()).isCloseTo(1.0, within(1e-12));
        assertThat(m.rocAuc()).isEqualTo(1.0);
    }

    @Test
    void liftCountsCustomersTiedAtTheCutInProportionWhateverTheirOrder() {
        // everyone at the base rate, churners listed first: a no-skill model lifts nobody
        double[] p = new double[20];
        boolean[] y = new boolean[20];
        for (int i = 0; i < 20; i++) {
            p[i] = 0.25;
            y[i] = i < 5;
        }
        MetricSet m = BinaryMetrics.compute(p, y, 0.5);
        assertThat(m.liftTop10()).isCloseTo(1.0, within(1e-12));
        assertThat(m.captureTop20()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void brierAndLogLossFollowTheirDefinitions() {
        double[] p = {1.0, 0.0, 0.5};
        boolean[] y = {true, true, false};
        MetricSet m = BinaryMetrics.compute(p, y, 0.5);
        assertThat(m.brier()).isCloseTo((0 + 1 + 0.25) / 3, within(1e-12));
        // p = 0 for a churner is clipped to 1e-15, so log-loss stays finite
        assertThat(m.logLoss()).isCloseTo((-Math.log(1 - 1e-15) - Math.log(1e-15) - Math.log(0.5)) / 3, within(1e-9));
    }

    @Test
    void aThresholdFlagsCustomersAboveIt() {
        double[] p = {0.7, 0.5, 0.2};
        boolean[] y = {true, false, true};
        ConfusionMatrix cm = BinaryMetrics.confusion(p, y, 0.5);
        assertThat(cm).isEqualTo(new ConfusionMatrix(1, 0, 1, 1));
        assertThat(BinaryMetrics.confusion(p, y, 0.1).flagged()).isEqualTo(3);
    }
}
