package app.retention.evaluate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Probabilities and outcomes travel as one value: of one length, and not changed behind their holder's back. */
class PredictionsTest {

    @Test
    void probabilitiesAndOutcomesOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> new Predictions(new double[] {0.1, 0.2}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2 probabilities for 1 outcomes");
    }

    @Test
    void changingAnArrayGivenOrTakenChangesNothingHeld() {
        double[] p = {0.9, 0.2};
        Predictions predictions = new Predictions(p, new boolean[] {true, false});
        p[0] = 0;
        predictions.probabilities()[1] = 1;
        predictions.churned()[0] = false;

        assertThat(predictions).isEqualTo(new Predictions(new double[] {0.9, 0.2}, new boolean[] {true, false}));
    }

    @Test
    void theBaseRateIsTheShareWhoChurnedAndUnknownWithoutCustomers() {
        assertThat(new Predictions(new double[] {0.9, 0.2, 0.4, 0.1}, new boolean[] {true, false, true, false})
                .baseRate()).isEqualTo(0.5);
        assertThat(new Predictions(new double[0], new boolean[0]).baseRate()).isNaN();
    }

    @Test
    void calibratingMapsTheProbabilitiesAndKeepsTheOutcomes() {
        Predictions raw = new Predictions(new double[] {0.9, 0.2}, new boolean[] {true, false});
        PlattScaling scaling = new PlattScaling(0.5, -1);

        Predictions calibrated = raw.calibrated(scaling);

        assertThat(calibrated.probabilities()).containsExactly(scaling.apply(raw.probabilities()));
        assertThat(calibrated.churned()).containsExactly(true, false);
    }
}
