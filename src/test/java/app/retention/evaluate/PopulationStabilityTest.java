package app.retention.evaluate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** PSI as METRICS.md defines it, checked against values worked out by hand (issue 16). */
class PopulationStabilityTest {

    @Test
    void psiEqualsTheHandComputedValueOnAFixedTable() {
        // expected shares 0.2 0.3 0.5, actual 0.25 0.25 0.5:
        // (0.25−0.2)·ln(0.25/0.2) + (0.25−0.3)·ln(0.25/0.3) + 0 = 0.05·0.22314355131 + 0.05·0.18232155679
        long[] expected = {200, 300, 500};
        long[] actual = {50, 50, 100};
        double hand = 0.05 * Math.log(1.25) - 0.05 * Math.log(0.25 / 0.3);
        assertThat(PopulationStability.index(expected, actual)).isCloseTo(hand, within(1e-9));
        assertThat(PopulationStability.index(expected, actual)).isCloseTo(0.020273255405, within(1e-9));
    }

    @Test
    void anEmptyBinTakesTheEpsilonShareSoANewCategoryCountsWithoutInfinity() {
        // a category unseen in training: expected 0 → 0.0001; actual 0.18
        long[] expected = {600, 400, 0};
        long[] actual = {400, 420, 180};
        double hand = (0.4 - 0.6) * Math.log(0.4 / 0.6) + (0.42 - 0.4) * Math.log(0.42 / 0.4)
                + (0.18 - 0.0001) * Math.log(0.18 / 0.0001);
        assertThat(PopulationStability.index(expected, actual)).isCloseTo(hand, within(1e-9));
        assertThat(PopulationStability.Level.of(hand)).isEqualTo(PopulationStability.Level.SHIFTED);
    }

    @Test
    void theSamePopulationHasNoShiftAndTheThresholdsReadAsMetricsSays() {
        assertThat(PopulationStability.index(new long[]{3, 7}, new long[]{30, 70})).isZero();
        assertThat(PopulationStability.Level.of(0.099)).isEqualTo(PopulationStability.Level.STABLE);
        assertThat(PopulationStability.Level.of(0.10)).isEqualTo(PopulationStability.Level.WATCH);
        assertThat(PopulationStability.Level.of(0.25)).isEqualTo(PopulationStability.Level.WATCH);
        assertThat(PopulationStability.Level.of(0.2501)).isEqualTo(PopulationStability.Level.SHIFTED);
    }

    @Test
    void decileEdgesComeFromTheTrainingValuesAndAHeavyValueFillsOneBin() {
        double[] values = new double[100];
        long[] counts = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = i + 1;
            counts[i] = 1;
        }
        assertThat(PopulationStability.decileEdges(values, counts))
                .containsExactly(10, 20, 30, 40, 50, 60, 70, 80, 90);
        // half the customers have 0: the first five deciles are one bin
        double[] few = {0, 1, 2, 3, 4, 5};
        long[] heavy = {50, 10, 10, 10, 10, 10};
        double[] edges = PopulationStability.decileEdges(few, heavy);
        assertThat(edges).containsExactly(0, 1, 2, 3, 4);
        assertThat(PopulationStability.bin(edges, -3)).isZero();
        assertThat(PopulationStability.bin(edges, 0)).isZero();
        assertThat(PopulationStability.bin(edges, 0.5)).isEqualTo(1);
        assertThat(PopulationStability.bin(edges, 99)).isEqualTo(5);
    }

    @Test
    void binsThatDoNotMatchAreRefused() {
        assertThatThrownBy(() -> PopulationStability.index(new long[]{1, 2}, new long[]{1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PopulationStability.index(new long[]{0, 0}, new long[]{1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
