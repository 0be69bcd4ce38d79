package app.retention.segment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RiskBandsTest {

    /** Scores i/21 for i = 1..20; customers 20, 18, 16, 14 and 3 churned. */
    private static final double[] SCORES = new double[20];
    private static final boolean[] CHURNED = new boolean[20];

    static {
        for (int i = 1; i <= 20; i++) {
            SCORES[i - 1] = i / 21.0;
            CHURNED[i - 1] = i == 20 || i == 18 || i == 16 || i == 14 || i == 3;
        }
    }

    @Test
    void defaultBandsCutAtTheTopTenAndThirtyPercentOfValidationScores() {
        RiskBands bands = RiskBands.fromValidation(SCORES, CHURNED);

        assertThat(bands.names()).containsExactly("High", "Medium", "Low");
        assertThat(bands.cutoffs()).containsExactly(19 / 21.0, 15 / 21.0);
        assertThat(bands.bands()).extracting(RiskBand::validationCustomers).containsExactly(2L, 4L, 14L);
        assertThat(bands.bands()).extracting(RiskBand::validationChurners).containsExactly(1L, 2L, 2L);
    }

    @Test
    void descriptionsStateShareRangeAndObservedChurnRate() {
        RiskBands bands = RiskBands.fromValidation(SCORES, CHURNED);

        assertThat(bands.describe()).containsExactly(
                "High = top 10% of scores (churn probability 0.90 or more); 50% of them churned in validation",
                "Medium = next 20% of scores (churn probability 0.71 to under 0.90); 50% of them churned in validation",
                "Low = remaining 70% of scores (churn probability under 0.71); 14% of them churned in validation");
    }

    @Test
    void assignPutsACutoffScoreInTheHigherBand() {
        RiskBands bands = RiskBands.fromValidation(SCORES, CHURNED);

        assertThat(bands.assign(19 / 21.0).name()).isEqualTo("High");
        assertThat(bands.assign(1.0).name()).isEqualTo("High");
        assertThat(bands.assign(0.9).name()).isEqualTo("Medium");
        assertThat(bands.assign(15 / 21.0).name()).isEqualTo("Medium");
        assertThat(bands.assign(0.0).name()).isEqualTo("Low");
    }

    @Test
    void bandsContainExactlyTheScoresTheyAreAssigned() {
        RiskBands bands = RiskBands.fromValidation(SCORES, CHURNED);
        for (double p : SCORES) {
            RiskBand assigned = bands.assign(p);
            assertThat(bands.bands()).filteredOn(b -> b.contains(p)).containsExactly(assigned);
        }
    }

    @Test
    void bandShareAndChurnRateComeFromValidation() {
        RiskBand high = RiskBands.fromValidation(SCORES, CHURNED).band("High");

        assertThat(high.share()).isCloseTo(0.10, within(1e-12));
        assertThat(high.churnRate()).isEqualTo(0.5);
        assertThat(high.churnRateInterval().low()).isGreaterThan(0).isLessThan(0.5);
    }

    @Test
    void userCutoffsAreDescribedWithTheValidationSharesTheyProduce() {
        RiskBands bands = RiskBands.fromCutoffs(RiskBands.DEFAULT_NAMES, List.of(0.5, 0.25), SCORES, CHURNED);

        assertThat(bands.bands()).extracting(RiskBand::validationCustomers).containsExactly(10L, 5L, 5L);
        assertThat(bands.describe().get(0))
                .isEqualTo("High = top 50% of scores (churn probability 0.50 or more); 40% of them churned in validation");
    }

    @Test
    void cutoffsWithoutValidationSaySoInTheirDescription() {
        RiskBands bands = RiskBands.fromCutoffs(List.of("High", "Low"), List.of(0.6));

        assertThat(bands.describe()).containsExactly(
                "High = churn probability 0.60 or more (not checked against validation data)",
                "Low = churn probability under 0.60 (not checked against validation data)");
        assertThat(bands.band("High").share()).isNaN();
    }

    @Test
    void cutoffsThatDoNotDecreaseAreRefusedNamingTheBands() {
        assertThatThrownBy(() -> RiskBands.fromCutoffs(RiskBands.DEFAULT_NAMES, List.of(0.3, 0.6)))
                .isInstanceOf(SegmentException.class)
                .hasMessage("The cut-off of band Medium (0.6) must be lower than that of band High (0.3).");
    }

    @Test
    void cutoffsOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> RiskBands.fromCutoffs(RiskBands.DEFAULT_NAMES, List.of(1.2, 0.3)))
                .isInstanceOf(SegmentException.class)
                .hasMessageContaining("must be a churn probability between 0 and 1");
        assertThatThrownBy(() -> RiskBands.fromCutoffs(RiskBands.DEFAULT_NAMES, List.of(0.5, 0.0)))
                .isInstanceOf(SegmentException.class);
    }

    @Test
    void scoresWithTooFewDistinctValuesAskForCutoffsByHand() {
        double[] same = new double[50];
        Arrays.fill(same, 0.3);

        assertThatThrownBy(() -> RiskBands.fromValidation(same, new boolean[50]))
                .isInstanceOf(SegmentException.class)
                .hasMessageContaining("too few distinct values")
                .hasMessageContaining("set the cut-offs by hand");
    }

    @Test
    void sharesThatLeaveNothingForTheLastBandAreRefused() {
        assertThatThrownBy(() -> RiskBands.fromValidation(SCORES, CHURNED, RiskBands.DEFAULT_NAMES, List.of(0.6, 0.4)))
                .isInstanceOf(SegmentException.class)
                .hasMessageContaining("leaving nothing for Low");
    }

    @Test
    void restoredBandsEqualTheOriginals() {
        RiskBands bands = RiskBands.fromValidation(SCORES, CHURNED);

        assertThat(RiskBands.restore(bands.bands())).isEqualTo(bands);
    }

    @Test
    void cutoffsThatReadAlikeAtTwoDecimalsAreShownWithMore() {
        RiskBands bands = RiskBands.fromCutoffs(RiskBands.DEFAULT_NAMES, List.of(0.624, 0.621));

        assertThat(bands.describe().get(1)).contains("0.621 to under 0.624");
    }
}
