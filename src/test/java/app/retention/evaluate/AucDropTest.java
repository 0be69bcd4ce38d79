package app.retention.evaluate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The one-sided test of a drop in ROC AUC between two independent sets of customers (docs/adr/0028). */
class AucDropTest {

    @Test
    void theDropIsTestedWithAZOnBothStandardErrors() {
        AucEstimate october = new AucEstimate(0.758, 0.0048);
        AucEstimate november = new AucEstimate(0.734, 0.0049);
        // z = 0.024 / √(0.0048² + 0.0049²) = 3.499; one-sided p = 1 − Φ(3.499) = 0.000234
        double z = 0.024 / Math.sqrt(0.0048 * 0.0048 + 0.0049 * 0.0049);
        assertThat(z).isCloseTo(3.499, within(0.001));
        assertThat(october.pValueOfDropTo(november)).isCloseTo(0.000234, within(0.000003));
    }

    @Test
    void aRiseIsNoDropAndTheTwoDirectionsAddUpToOne() {
        AucEstimate validation = new AucEstimate(0.735, 0.0047);
        AucEstimate october = new AucEstimate(0.758, 0.0048);
        double p = validation.pValueOfDropTo(october);
        assertThat(p).isGreaterThan(0.99);
        assertThat(p + october.pValueOfDropTo(validation)).isCloseTo(1, within(1e-12));
        // a difference of one standard error of the difference: p = 1 − Φ(1) = 0.1587
        assertThat(new AucEstimate(0.80, 0.03).pValueOfDropTo(new AucEstimate(0.80 - 0.05, 0.04)))
                .isCloseTo(0.1587, within(0.0001));
    }

    @Test
    void withoutAnyErrorOnlyTheSignCounts() {
        assertThat(new AucEstimate(0.8, 0).pValueOfDropTo(new AucEstimate(0.7, 0))).isZero();
        assertThat(new AucEstimate(0.7, 0).pValueOfDropTo(new AucEstimate(0.8, 0))).isEqualTo(1);
        assertThat(new AucEstimate(0.7, 0).pValueOfDropTo(new AucEstimate(0.7, 0))).isEqualTo(1);
    }
}
