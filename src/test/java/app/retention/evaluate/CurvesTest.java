package app.retention.evaluate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CurvesTest {

    // ten customers by descending probability; four churned (ranks 1, 2, 4 and 7)
    private static final double[] P = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05};
    private static final boolean[] Y = {true, true, false, true, false, false, true, false, false, false};

    @Test
    void rocRunsFromFlaggingNobodyToFlaggingEveryoneThroughEachDistinctProbability() {
        List<RocPoint> roc = Curves.roc(P, Y);

        assertThat(roc).hasSize(11);
        assertThat(roc.get(0).threshold()).isCloseTo(0.9 + 1e-5, within(1e-12));
        double[][] expected = {{0, 0}, {0, .25}, {0, .5}, {1 / 6.0, .5}, {1 / 6.0, .75}, {2 / 6.0, .75}, {3 / 6.0, .75},
                {3 / 6.0, 1}, {4 / 6.0, 1}, {5 / 6.0, 1}, {1, 1}};
        for (int i = 0; i < expected.length; i++) {
            assertThat(roc.get(i).falsePositiveRate()).as("FPR %d", i).isCloseTo(expected[i][0], within(1e-12));
            assertThat(roc.get(i).truePositiveRate()).as("TPR %d", i).isCloseTo(expected[i][1], within(1e-12));
        }
        assertThat(roc.get(3).threshold()).isEqualTo(0.7);
    }

    @Test
    void precisionRecallLeavesOutTheThresholdThatFlagsNobody() {
        List<PrecisionRecallPoint> pr = Curves.precisionRecall(P, Y);

        assertThat(pr).hasSize(10);
        assertThat(pr.get(0)).isEqualTo(new PrecisionRecallPoint(0.9, 0.25, 1.0));
        assertThat(pr.get(2)).isEqualTo(new PrecisionRecallPoint(0.7, 0.5, 2 / 3.0));
        assertThat(pr.get(9)).isEqualTo(new PrecisionRecallPoint(0.05, 1.0, 0.4));
    }

    @Test
    void gainsAreTheShareOfChurnersFoundByContactingTheTopShareOfCustomers() {
        List<GainsPoint> gains = Curves.gains(P, Y);

        assertThat(gains.get(0)).extracting(GainsPoint::contacted, GainsPoint::captured).containsExactly(0.0, 0.0);
        assertThat(gains.get(2)).extracting(GainsPoint::contacted, GainsPoint::captured).containsExactly(0.2, 0.5);
        assertThat(gains.get(4)).extracting(GainsPoint::contacted, GainsPoint::captured).containsExactly(0.4, 0.75);
        assertThat(gains.get(10)).extracting(GainsPoint::contacted, GainsPoint::captured).containsExactly(1.0, 1.0);
    }

    @Test
    void liftByDecileIsEachTenthsChurnRateOverTheBaseRate() {
        List<LiftDecile> lift = Curves.liftByDecile(P, Y);

        assertThat(lift).hasSize(10);
        assertThat(lift).extracting(LiftDecile::decile).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // base rate 0.4: a decile of one churner has rate 1 and lift 2.5
        assertThat(lift).extracting(LiftDecile::lift).containsExactly(2.5, 2.5, 0.0, 2.5, 0.0, 0.0, 2.5, 0.0, 0.0, 0.0);
        assertThat(lift.get(0).customers()).isEqualTo(1);
    }

    @Test
    void tiedProbabilitiesShareTheirChurnersAcrossDecileBoundaries() {
        // five customers at 0.9 (two churned) and five at 0.1 (one churned): base rate 0.3
        double[] p = {0.9, 0.1, 0.9, 0.1, 0.9, 0.1, 0.9, 0.1, 0.9, 0.1};
        boolean[] y = {true, false, false, false, true, false, false, true, false, false};

        List<LiftDecile> lift = Curves.liftByDecile(p, y);

        for (int d = 0; d < 5; d++) {
            assertThat(lift.get(d).churners()).isCloseTo(0.4, within(1e-12));
            assertThat(lift.get(d).lift()).isCloseTo(0.4 / 0.3, within(1e-12));
        }
        for (int d = 5; d < 10; d++) {
            assertThat(lift.get(d).lift()).isCloseTo(0.2 / 0.3, within(1e-12));
        }
    }

    @Test
    void aModelGivingEveryoneTheSameProbabilityHasLiftOneAndGainsOnTheDiagonal() {
        double[] p = new double[20];
        boolean[] y = new boolean[20];
        for (int i = 0; i < 20; i++) {
            p[i] = 0.3;
            y[i] = i < 5; // the churners first: their order must not matter
        }

        assertThat(Curves.liftByDecile(p, y)).allSatisfy(d -> assertThat(d.lift()).isCloseTo(1.0, within(1e-12)));
        assertThat(Curves.gains(p, y)).extracting(GainsPoint::contacted, GainsPoint::captured)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 0.0), org.assertj.core.groups.Tuple.tuple(1.0, 1.0));
        Calibration calibration = Curves.calibration(p, y);
        assertThat(calibration.bins()).hasSize(10).allSatisfy(b -> {
            assertThat(b.customers()).isEqualTo(2);
            assertThat(b.meanPredicted()).isCloseTo(0.3, within(1e-12));
            assertThat(b.observedRate()).isCloseTo(0.25, within(1e-12));
        });
        assertThat(calibration.expectedCalibrationError()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void calibrationBinsRunFromTheLowestProbabilitiesWithTheirObservedRate() {
        Calibration calibration = Curves.calibration(P, Y);

        assertThat(calibration.bins()).hasSize(10);
        assertThat(calibration.bins()).extracting(CalibrationBin::meanPredicted)
                .containsExactly(0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
        assertThat(calibration.bins()).extracting(CalibrationBin::observedRate)
                .containsExactly(0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0);
        // mean |observed − predicted| over single-customer bins
        double expected = (0.05 + 0.1 + 0.2 + 0.7 + 0.4 + 0.5 + 0.4 + 0.7 + 0.2 + 0.1) / 10;
        assertThat(calibration.expectedCalibrationError()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void calibrationBinsHoldEqualCountsWhenTheyDoNotDivideEvenly() {
        double[] p = new double[25];
        boolean[] y = new boolean[25];
        for (int i = 0; i < 25; i++) {
            p[i] = i / 25.0;
            y[i] = i % 3 == 0;
        }

        Calibration calibration = Curves.calibration(p, y);

        assertThat(calibration.bins()).extracting(CalibrationBin::customers).containsExactly(2L, 3L, 2L, 3L, 2L, 3L, 2L,
                3L, 2L, 3L);
        assertThat(calibration.bins().get(0).meanPredicted()).isCloseTo(0.5 / 25, within(1e-12));
        assertThat(calibration.bins().stream().mapToLong(CalibrationBin::customers).sum()).isEqualTo(25);
    }

    @Test
    void curvesRefuseMismatchedArrays() {
        assertThatThrownBy(() -> Curves.roc(new double[] {0.5}, new boolean[] {true, false}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Curves.calibration(new double[0], new boolean[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gainsAtTenPercentAgreeWithTheCaptureRateOfTheMetrics() {
        java.util.Random random = new java.util.Random(3);
        double[] p = new double[500];
        boolean[] y = new boolean[500];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextDouble();
            y[i] = random.nextDouble() < p[i] * 0.6;
        }
        MetricSet metrics = BinaryMetrics.compute(p, y, 0.5);

        GainsPoint tenth = Curves.gains(p, y).stream().filter(g -> Math.abs(g.contacted() - 0.1) < 1e-12).findFirst()
                .orElseThrow();
        assertThat(tenth.captured()).isCloseTo(metrics.captureTop10(), within(1e-12));
        assertThat(Curves.liftByDecile(p, y).get(0).lift()).isCloseTo(metrics.liftTop10(), within(1e-12));
    }
}
