package app.retention.evaluate;

import org.junit.jupiter.api.Test;
import weka.classifiers.evaluation.NominalPrediction;
import weka.classifiers.evaluation.Prediction;
import weka.classifiers.evaluation.ThresholdCurve;

import java.util.ArrayList;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluateMathTest {

    @Test
    void wilsonIntervalMatchesPublishedValues() {
        // Newcombe (1998), method 3: 81/263 → 0.2553–0.3662; 0/10 → 0–0.2775
        Interval a = WilsonInterval.of95(81, 263);
        assertThat(a.low()).isCloseTo(0.2553, within(1e-4));
        assertThat(a.high()).isCloseTo(0.3662, within(1e-4));
        Interval zero = WilsonInterval.of95(0, 10);
        assertThat(zero.low()).isZero();
        assertThat(zero.high()).isCloseTo(0.2775, within(1e-4));
        assertThat(WilsonInterval.of95(10, 10).high()).isEqualTo(1.0);
    }

    @Test
    void rankAucEqualsWekasRocAreaOnTheSamePredictionsWithTies() {
        Random random = new Random(7);
        ArrayList<Prediction> predictions = new ArrayList<>();
        TreeMap<Integer, long[]> groups = new TreeMap<>();
        for (int i = 0; i < 2000; i++) {
            int score = random.nextInt(40); // many ties
            boolean churned = random.nextDouble() < 0.2 + score / 80.0;
            predictions.add(new NominalPrediction(churned ? 1 : 0, new double[] {1 - score / 40.0, score / 40.0}));
            groups.computeIfAbsent(score, k -> new long[2])[churned ? 0 : 1]++;
        }
        long[] positives = groups.values().stream().mapToLong(g -> g[0]).toArray();
        long[] negatives = groups.values().stream().mapToLong(g -> g[1]).toArray();
        double weka = ThresholdCurve.getROCArea(new ThresholdCurve().getCurve(predictions, 1));
        assertThat(RankAuc.of(positives, negatives)).isCloseTo(weka, within(1e-9));
    }

    @Test
    void rankAucOfAPerfectAndAReversedScore() {
        assertThat(RankAuc.of(new long[] {0, 5}, new long[] {5, 0})).isEqualTo(1.0);
        assertThat(RankAuc.of(new long[] {5, 0}, new long[] {0, 5})).isEqualTo(0.0);
        assertThat(RankAuc.of(new long[] {3}, new long[] {4})).isEqualTo(0.5);
        assertThat(RankAuc.of(new long[] {0}, new long[] {4})).isNaN();
    }

    @Test
    void informationValueIsZeroWithoutSignalAndGrowsWithIt() {
        assertThat(InformationValue.of(new long[] {10, 10}, new long[] {90, 90})).isCloseTo(0, within(1e-12));
        double weak = InformationValue.of(new long[] {12, 8}, new long[] {88, 92});
        double strong = InformationValue.of(new long[] {18, 2}, new long[] {82, 98});
        assertThat(strong).isGreaterThan(weak).isGreaterThan(0.3);
    }

    @Test
    void weightedQuantileEqualsTheExpandedSortedValues() {
        double[] values = {1, 2, 5, 9};
        long[] counts = {3, 1, 4, 2};
        double[] expanded = {1, 1, 1, 2, 5, 5, 5, 5, 9, 9};
        for (double p : new double[] {0, 0.05, 0.25, 0.5, 0.75, 0.95, 1}) {
            double h = (expanded.length - 1) * p;
            int lo = (int) Math.floor(h);
            double expected = expanded[lo] + (h - lo) * (expanded[Math.min(lo + 1, expanded.length - 1)] - expanded[lo]);
            assertThat(WeightedQuantile.of(values, counts, p)).as("p=" + p).isCloseTo(expected, within(1e-12));
        }
    }
}
