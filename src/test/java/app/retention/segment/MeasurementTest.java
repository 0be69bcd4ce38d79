package app.retention.segment;

import app.retention.evaluate.Interval;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Sample size, uplift and ROI for measuring a campaign against its control group. */
class MeasurementTest {

    @Test
    void sampleSizeForAFivePointDropFromTwentyPercentIs906PerGroup() {
        // p̄ = 0.175: (1.95996·√(2·0.175·0.825) + 0.84162·√(0.16 + 0.1275))² ÷ 0.05² = 905.37 → 906
        assertThat(SampleSize.exact(0.20, 0.05)).isCloseTo(905.366, within(1e-3));
        assertThat(SampleSize.perGroup(0.20, 0.05)).isEqualTo(906);
    }

    @Test
    void smallerUpliftsNeedMoreCustomers() {
        assertThat(SampleSize.perGroup(0.20, 0.02)).isGreaterThan(SampleSize.perGroup(0.20, 0.05));
    }

    @Test
    void anUpliftLargerThanTheBaseRateIsImpossible() {
        assertThatThrownBy(() -> SampleSize.perGroup(0.20, 0.25)).isInstanceOf(SegmentException.class)
                .hasMessage("An uplift of 25 points cannot be detected on a base churn rate of 20%: churn among "
                        + "treated customers cannot fall below 0%.");
    }

    @Test
    void aBaseRateOutsideZeroToOneOrANonPositiveUpliftIsRefused() {
        assertThatThrownBy(() -> SampleSize.perGroup(0, 0.01)).isInstanceOf(SegmentException.class)
                .hasMessageContaining("base churn rate must be between 0% and 100%");
        assertThatThrownBy(() -> SampleSize.perGroup(0.2, 0)).isInstanceOf(SegmentException.class)
                .hasMessageContaining("above 0 points");
    }

    @Test
    void detectableUpliftIsTheInverseOfTheSampleSize() {
        double uplift = SampleSize.detectableUplift(0.20, 906);

        assertThat(uplift).isCloseTo(0.05, within(2e-4)).isLessThanOrEqualTo(0.05);
        assertThat(SampleSize.detectableUplift(0.20, 3)).isNaN();
    }

    @Test
    void upliftIsControlChurnRateMinusTreatedChurnRate() {
        Uplift uplift = new Uplift(100, 30, 900, 200);

        assertThat(uplift.difference()).isCloseTo(0.30 - 200 / 900.0, within(1e-12));
    }

    @Test
    void upliftIntervalIsNewcombesHybridScoreInterval() {
        // Newcombe (1998), example (a): 56/70 − 48/80 → 0.0524 to 0.3339 (method 10)
        Interval interval = new Uplift(70, 56, 80, 48).interval95();

        assertThat(interval.low()).isCloseTo(0.0524, within(1e-4));
        assertThat(interval.high()).isCloseTo(0.3339, within(1e-4));
        assertThat(new Uplift(70, 56, 80, 48).campaignHelped()).isTrue();
    }

    @Test
    void roiIsValueOfSavedCustomersLessCostOverCost() {
        // uplift 0.2 − 1500/9000 = 1/30; × 9,000 treated = 300 saved × 100 = 30,000; (30,000 − 10,000) ÷ 10,000
        Uplift uplift = new Uplift(1000, 200, 9000, 1500);

        assertThat(uplift.customersSaved()).isCloseTo(300, within(1e-9));
        assertThat(uplift.roi(100, 10_000)).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void anEmptyGroupCannotBeMeasured() {
        assertThatThrownBy(() -> new Uplift(0, 0, 10, 1)).isInstanceOf(SegmentException.class)
                .hasMessageContaining("control group has no customers");
    }
}
