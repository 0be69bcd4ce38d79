package app.retention.evaluate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlattScalingTest {

    @Test
    void scoresThatAreTooConfidentAreBroughtBackToTheObservedRates() {
        Random random = new Random(7);
        int n = 20_000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            double truth = random.nextDouble() * 0.6;
            y[i] = random.nextDouble() < truth;
            // an over-confident model: pushes every score away from the middle
            double logit = Math.log(truth / (1 - truth));
            p[i] = 1 / (1 + Math.exp(-(3 * logit + 1)));
        }
        PlattScaling calibration = PlattScaling.fit(p, y);
        double[] calibrated = calibration.apply(p);
        double before = Curves.calibration(p, y).expectedCalibrationError();
        double after = Curves.calibration(calibrated, y).expectedCalibrationError();
        assertThat(after).isLessThan(before / 3).isLessThan(0.02);
        assertThat(calibration.a()).isCloseTo(1.0 / 3, within(0.05));
    }

    @Test
    void theRankingDoesNotChange() {
        double[] p = {0.9, 0.1, 0.4, 0.4, 0.7, 0.2, 0.6, 0.3};
        boolean[] y = {true, false, false, true, true, false, false, true};
        PlattScaling calibration = PlattScaling.fit(p, y);
        assertThat(calibration.a()).isPositive();
        double[] calibrated = calibration.apply(p);
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                assertThat(Double.compare(calibrated[i], calibrated[j])).isEqualTo(Double.compare(p[i], p[j]));
            }
        }
    }

    @Test
    void constantScoresBecomeTheObservedChurnRate() {
        double[] p = {0.5, 0.5, 0.5, 0.5};
        boolean[] y = {true, false, false, false};
        assertThat(PlattScaling.fit(p, y).apply(0.5)).isCloseTo(0.25, within(1e-12));
    }
}
