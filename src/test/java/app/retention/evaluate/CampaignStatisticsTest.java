package app.retention.evaluate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The statistics of a campaign readout against published values and known truths. */
class CampaignStatisticsTest {

    @Test
    void wilsonIntervalsEqualNewcombesSingleProportionExamples() {
        // Newcombe (1998a), Statistics in Medicine 17:857-872, Table I, method 3 (score interval)
        assertInterval(WilsonInterval.of95(81, 263), 0.2553, 0.3662);
        assertInterval(WilsonInterval.of95(15, 148), 0.0624, 0.1605);
        assertInterval(WilsonInterval.of95(0, 20), 0.0000, 0.1611);
        assertInterval(WilsonInterval.of95(1, 29), 0.0061, 0.1718);
    }

    @Test
    void newcombeIntervalsEqualThePublishedWorkedExamples() {
        // Newcombe (1998b), Statistics in Medicine 17:873-890, Table II, method 10 (hybrid score)
        Interval a = NewcombeInterval.difference95(56, 70, 48, 80);
        assertThat(56 / 70.0 - 48 / 80.0).isCloseTo(0.2000, within(1e-9));
        assertInterval(a, 0.0524, 0.3339);
        assertInterval(NewcombeInterval.difference95(9, 10, 3, 10), 0.1705, 0.8090);
    }

    @Test
    void theDifferenceOfTwoUpliftsCombinesTheirIntervals() {
        Interval a = NewcombeInterval.difference95(56, 70, 48, 80);
        // against an uplift known exactly (an interval of no width) the difference keeps the first interval
        assertInterval(DifferenceOfDifferences.interval(0.2, a, 0, new Interval(0, 0)), 0.0524, 0.3339);
        Interval b = NewcombeInterval.difference95(9, 10, 3, 10);
        Interval d = DifferenceOfDifferences.interval(0.2, a, 0.6, b);
        assertThat(d.low()).isCloseTo(-0.4 - Math.hypot(0.2 - a.low(), b.high() - 0.6), within(1e-12));
        assertThat(d.high()).isCloseTo(-0.4 + Math.hypot(a.high() - 0.2, 0.6 - b.low()), within(1e-12));
        assertThat(DifferenceOfDifferences.twoSidedP(56, 70, 48, 80, 56, 70, 48, 80)).isEqualTo(1.0);
    }

    @Test
    void chiSquareAndNormalTailsHitTheirFivePercentPoints() {
        assertThat(ChiSquare.upperTail(3.841458820694124, 1)).isCloseTo(0.05, within(1e-10));
        assertThat(ChiSquare.upperTail(5.991464547107979, 2)).isCloseTo(0.05, within(1e-10));
        assertThat(ChiSquare.upperTail(7.814727903251178, 3)).isCloseTo(0.05, within(1e-10));
        assertThat(ChiSquare.normalTwoSided(WilsonInterval.Z95)).isCloseTo(0.05, within(1e-10));
        assertThat(ChiSquare.normalTwoSided(3.290526731491926)).isCloseTo(0.001, within(1e-11));
        assertThat(ChiSquare.upperTail(0, 1)).isEqualTo(1);
    }

    @Test
    void twoProportionPValueIsThePooledZTest() {
        // 56/70 vs 48/80: pooled 104/150; z = 0.2 / sqrt(p(1-p)(1/70 + 1/80)) = 2.6502; p = 0.00805
        assertThat(ProportionTest.twoSidedP(56, 70, 48, 80)).isCloseTo(0.00805, within(1e-5));
        assertThat(ProportionTest.twoSidedP(10, 100, 10, 100)).isCloseTo(1.0, within(1e-12));
        assertThat(ProportionTest.twoSidedP(0, 10, 0, 10)).isEqualTo(1.0);
    }

    @Test
    void sampleRatioCheckFiresOnADeliberatelyUnbalancedControlGroup() {
        // planned 10% control of 1,000: 60 held out instead of 100
        SampleRatioCheck unbalanced = SampleRatioCheck.of(new long[]{940, 60}, new double[]{0.9, 0.1});
        assertThat(unbalanced.statistic()).isCloseTo(16 + 1600 / 900.0, within(1e-9));
        assertThat(unbalanced.mismatch()).isTrue();
        SampleRatioCheck balanced = SampleRatioCheck.of(new long[]{903, 97}, new double[]{0.9, 0.1});
        assertThat(balanced.mismatch()).isFalse();
        assertThat(balanced.pValue()).isGreaterThan(0.5);
    }

    @Test
    void roiBootstrapIsDeterministicForASeedAndSurroundsTheObservedRoi() {
        SplittableRandom random = new SplittableRandom(7);
        boolean[] treated = new boolean[800];
        double[] value = new double[800];
        boolean[] control = new boolean[200];
        for (int i = 0; i < treated.length; i++) {
            treated[i] = random.nextDouble() < 0.15;
            value[i] = 200 + random.nextDouble() * 400;
        }
        for (int i = 0; i < control.length; i++) {
            control[i] = random.nextDouble() < 0.30;
        }
        Interval first = RoiBootstrap.interval95(treated, value, control, 4000, 2000, 42);
        Interval again = RoiBootstrap.interval95(treated, value, control, 4000, 2000, 42);
        Interval other = RoiBootstrap.interval95(treated, value, control, 4000, 2000, 43);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        double roi = RoiBootstrap.roi(treated, value, control, 4000);
        assertThat(first.low()).isLessThan(roi);
        assertThat(first.high()).isGreaterThan(roi);
    }

    @Test
    void newcombeIntervalCoversTheTrueUpliftInNinetyFivePercentOfSimulatedCampaigns() {
        // 200 campaigns: 2,000 treated churning at 15%, 500 held out churning at 20%; true uplift 5 points
        SplittableRandom random = new SplittableRandom(20261128);
        int covered = 0;
        for (int campaign = 0; campaign < 200; campaign++) {
            long treatedChurners = draws(random, 2000, 0.15);
            long controlChurners = draws(random, 500, 0.20);
            Interval interval = NewcombeInterval.difference95(controlChurners, 500, treatedChurners, 2000);
            if (interval.low() <= 0.05 && 0.05 <= interval.high()) {
                covered++;
            }
        }
        double coverage = covered / 200.0;
        System.out.println("Newcombe 95% interval coverage over 200 simulated campaigns: " + coverage);
        assertThat(coverage).isBetween(0.93, 0.97);
    }

    @Test
    void qiniCurveFollowsItsDefinition() {
        // ranked: treated retained, control churned, treated churned, control retained
        double[] score = {0.9, 0.8, 0.7, 0.6};
        boolean[] treated = {true, false, true, false};
        boolean[] retained = {true, false, false, true};
        QiniCurve curve = QiniCurve.of(score, treated, retained, 100);
        assertThat(curve.points()).extracting(QiniCurve.QiniPoint::q).containsExactly(0.0, 1.0, 1.0, 1.0, 0.0);
        // trapezoids 0.5 + 1 + 1 + 0.5 = 3, the line to (4, 0) encloses nothing: 3 / 4
        assertThat(curve.coefficient()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void qiniCoefficientIsNearZeroForRandomTargetingAndPositiveWhenTheScoreFindsPersuadables() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 20_000;
        double[] score = new double[n];
        boolean[] treated = new boolean[n];
        boolean[] retainedRandom = new boolean[n];
        boolean[] retainedPersuadable = new boolean[n];
        for (int i = 0; i < n; i++) {
            score[i] = random.nextDouble();
            treated[i] = random.nextDouble() < 0.5;
            retainedRandom[i] = random.nextDouble() < (treated[i] ? 0.85 : 0.80);
            // the campaign only works on the top-scored half
            double churn = score[i] > 0.5 && treated[i] ? 0.10 : 0.25;
            retainedPersuadable[i] = random.nextDouble() >= churn;
        }
        double noise = QiniCurve.of(score, treated, retainedRandom, 11).coefficient();
        double planted = QiniCurve.of(score, treated, retainedPersuadable, 11).coefficient();
        assertThat(Math.abs(noise)).isLessThan(60);
        // Q rises by 0.15 × 5,000 = 750 over the top half, then stays: the area to the line is 750 × N / 4, / N
        assertThat(planted).isCloseTo(187.5, within(40.0));
    }

    @Test
    void upliftByDecileCutsTenEqualGroupsByScore() {
        int n = 100;
        double[] score = new double[n];
        boolean[] treated = new boolean[n];
        boolean[] churned = new boolean[n];
        for (int i = 0; i < n; i++) {
            score[i] = 1 - i / 100.0;
            treated[i] = i % 2 == 0;
            churned[i] = !treated[i] && i < 10; // the top decile's control customers all churn
        }
        List<UpliftDeciles.Decile> deciles = UpliftDeciles.of(score, treated, churned);
        assertThat(deciles).hasSize(10);
        assertThat(deciles.get(0).treated()).isEqualTo(5);
        assertThat(deciles.get(0).control()).isEqualTo(5);
        assertThat(deciles.get(0).uplift()).isCloseTo(1.0, within(1e-12));
        assertThat(deciles.get(1).uplift()).isCloseTo(0.0, within(1e-12));
    }

    private static long draws(SplittableRandom random, int n, double p) {
        long x = 0;
        for (int i = 0; i < n; i++) {
            x += random.nextDouble() < p ? 1 : 0;
        }
        return x;
    }

    private static void assertInterval(Interval interval, double low, double high) {
        assertThat(interval.low()).isCloseTo(low, within(5e-5));
        assertThat(interval.high()).isCloseTo(high, within(5e-5));
    }
}
