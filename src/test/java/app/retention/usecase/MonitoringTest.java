package app.retention.usecase;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Drift of one input told in words, on fixed tables whose PSI is worked out by hand (issue 16). */
class MonitoringTest {

    @Test
    void aNewCategoryIsNamedWithItsShareAndCountsInThePsiWithTheEpsilonShare() {
        Map<Object, Long> before = new LinkedHashMap<>();
        before.put("5.3", 600L);
        before.put("5.4", 400L);
        Map<Object, Long> now = new LinkedHashMap<>();
        now.put("5.3", 400L);
        now.put("5.4", 420L);
        now.put("5.5", 180L);
        FeatureDrift drift = Monitoring.categoryDrift("app_version", before, now);
        double hand = (0.4 - 0.6) * Math.log(0.4 / 0.6) + (0.42 - 0.4) * Math.log(0.42 / 0.4)
                + (0.18 - 0.0001) * Math.log(0.18 / 0.0001);
        assertThat(drift.psi()).isCloseTo(hand, within(1e-9));
        assertThat(drift.level()).isEqualTo("shifted");
        assertThat(drift.newCategories()).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("5.5");
            assertThat(c.customers()).isEqualTo(180);
        });
        assertThat(drift.findings()).contains("app_version 5.5 is new: 18% of customers, unseen in training");
    }

    @Test
    void numbersAreBinnedByTheTrainingDecilesAndValuesOutOfRangeAndMissingOnesAreNamed() {
        Map<Object, Long> before = new LinkedHashMap<>();
        for (int v = 1; v <= 100; v++) {
            before.put(v, 1L);
        }
        Map<Object, Long> now = new LinkedHashMap<>();
        for (int v = 1; v <= 80; v++) {
            now.put(v, 1L); // deciles 1..8 as before
        }
        now.put(150, 10L); // above the largest training value: the last decile
        now.put(null, 10L); // missing: a bin of its own
        FeatureDrift drift = Monitoring.numberDrift("sessions_30d", before, now);
        // expected: ten bins of 0.1 and missing 0 (→ 0.0001); actual: eight of 0.1, bin 9 empty (→ 0.0001),
        // bin 10 0.1, missing 0.1
        double hand = (0.0001 - 0.1) * Math.log(0.0001 / 0.1) + (0.1 - 0.0001) * Math.log(0.1 / 0.0001);
        assertThat(drift.psi()).isCloseTo(hand, within(1e-9));
        assertThat(drift.aboveRange()).isCloseTo(0.1, within(1e-12));
        assertThat(drift.belowRange()).isZero();
        assertThat(drift.missingNow()).isCloseTo(0.1, within(1e-12));
        assertThat(drift.findings()).contains("sessions_30d: 10% of customers are above the training data's largest "
                + "value 100", "sessions_30d is missing for 10% of customers, 0.0% in training");
    }

    @Test
    void theSameDistributionIsStableAndSaysNothing() {
        Map<Object, Long> same = new LinkedHashMap<>();
        same.put("Yes", 30L);
        same.put("No", 70L);
        FeatureDrift drift = Monitoring.categoryDrift("push_opt_in", same, same);
        assertThat(drift.psi()).isZero();
        assertThat(drift.level()).isEqualTo("stable");
        assertThat(drift.findings()).isEmpty();
    }
}
