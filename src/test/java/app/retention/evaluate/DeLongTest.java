package app.retention.evaluate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** DeLong's paired test of two ROC AUCs on the same customers (METRICS.md; issue 13, point 4). */
class DeLongTest {

    /** The definition, pair by pair: ψ(x, y) = 1 when x > y, ½ when tied, 0 below. */
    private static double[][] placements(double[] s, boolean[] y) {
        int m = 0;
        for (boolean b : y) {
            m += b ? 1 : 0;
        }
        int k = y.length - m;
        double[] v10 = new double[m];
        double[] v01 = new double[k];
        int i = 0;
        for (int a = 0; a < y.length; a++) {
            if (!y[a]) {
                continue;
            }
            int j = 0;
            for (int b = 0; b < y.length; b++) {
                if (y[b]) {
                    continue;
                }
                double psi = s[a] > s[b] ? 1 : s[a] == s[b] ? 0.5 : 0;
                v10[i] += psi / k;
                v01[j] += psi / m;
                j++;
            }
            i++;
        }
        return new double[][]{v10, v01};
    }

    private static double cov(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.length - 1);
    }

    @Test
    void theMidrankComputationEqualsTheDefinitionPairByPairWithTies() {
        Random random = new Random(7);
        int n = 300;
        boolean[] y = new boolean[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble() < 0.3;
            // rounded to two places: many ties, as a tree's scores have
            a[i] = Math.round((random.nextGaussian() + (y[i] ? 0.8 : 0)) * 4) / 4.0;
            b[i] = Math.round((random.nextGaussian() + (y[i] ? 0.5 : 0)) * 4) / 4.0;
        }
        DeLong test = DeLong.compare(a, b, y);

        double[][] pa = placements(a, y);
        double[][] pb = placements(b, y);
        double aucA = java.util.Arrays.stream(pa[0]).average().orElseThrow();
        double aucB = java.util.Arrays.stream(pb[0]).average().orElseThrow();
        double variance = (cov(pa[0], pa[0]) + cov(pb[0], pb[0]) - 2 * cov(pa[0], pb[0])) / pa[0].length
                + (cov(pa[1], pa[1]) + cov(pb[1], pb[1]) - 2 * cov(pa[1], pb[1])) / pa[1].length;

        assertThat(test.aucA()).isCloseTo(aucA, within(1e-12));
        assertThat(test.aucB()).isCloseTo(aucB, within(1e-12));
        assertThat(test.aucA()).isCloseTo(BinaryMetrics.compute(a, y, 0.5).rocAuc(), within(1e-12));
        assertThat(test.standardError()).isCloseTo(Math.sqrt(variance), within(1e-12));
        assertThat(test.pValue()).isCloseTo(ChiSquare.normalTwoSided(test.difference() / test.standardError()),
                within(1e-15));
    }

    @Test
    void aClearlyBetterModelIsSignificantAndTheSameScoresAreNot() {
        Random random = new Random(11);
        int n = 2000;
        boolean[] y = new boolean[n];
        double[] strong = new double[n];
        double[] weak = new double[n];
        double[] nudged = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble() < 0.2;
            strong[i] = random.nextGaussian() + (y[i] ? 1.5 : 0);
            weak[i] = random.nextGaussian() + (y[i] ? 0.3 : 0);
            nudged[i] = strong[i] + random.nextGaussian() * 1e-3;
        }
        assertThat(DeLong.compare(strong, weak, y).pValue()).isLessThan(1e-6);
        assertThat(DeLong.compare(strong, strong, y).pValue()).isEqualTo(1.0);
        assertThat(DeLong.compare(strong, nudged, y).pValue()).isGreaterThan(0.05);
    }
}
