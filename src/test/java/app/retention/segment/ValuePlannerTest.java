package app.retention.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static app.retention.segment.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ValuePlannerTest {

    private static final CampaignEconomics ECONOMICS = new CampaignEconomics(5, 20, 0.4, 0.3);
    /** Calls cost 10, no offer, half of would-be churners kept. */
    private static final CampaignEconomics CALLS = new CampaignEconomics(10, 0, 0, 0.5);

    @Test
    void expectedValueSavedIsProbabilityTimesValueTimesSaveRateLessCosts() {
        // 0.5 × 200 × 0.3 − 5 − 20 × 0.4 = 30 − 5 − 8
        assertThat(ValuePlanner.expectedValueSaved(0.5, 200, ECONOMICS)).isCloseTo(17.0, within(1e-12));
    }

    @Test
    void anUnknownValueCountsAsZero() {
        assertThat(ValuePlanner.expectedValueSaved(0.9, Double.NaN, ECONOMICS)).isCloseTo(-13.0, within(1e-12));
    }

    @Test
    void rankingIsByDescendingExpectedValue() {
        ValuePlan plan = ValuePlanner.plan(List.of(customer("a", 0.1, "Low", 100), customer("b", 0.9, "High", 500),
                customer("c", 0.5, "Medium", 300)), ECONOMICS);

        assertThat(plan.ranking()).extracting(r -> r.customer().key()).containsExactly("b", "c", "a");
        assertThat(plan.ranking()).extracting(RankedCustomer::rank).containsExactly(1, 2, 3);
    }

    @Test
    void equalExpectedValuesRankTheRiskierCustomerFirstThenByKey() {
        // 0.5 × 200 and 0.25 × 400 save the same value
        ValuePlan plan = ValuePlanner.plan(List.of(customer("z-low-risk", 0.25, "Medium", 400),
                customer("m", 0.5, "High", 200), customer("k", 0.5, "High", 200)), ECONOMICS);

        assertThat(plan.ranking()).extracting(r -> r.customer().key()).containsExactly("k", "m", "z-low-risk");
    }

    @Test
    void customersWithoutValueRankBelowThoseWithValueAndAreCounted() {
        ValuePlan plan = ValuePlanner.plan(List.of(customer("unknown", 0.99, "High", Double.NaN),
                customer("known", 0.2, "Low", 500)), ECONOMICS);

        assertThat(plan.ranking()).extracting(r -> r.customer().key()).containsExactly("known", "unknown");
        assertThat(plan.customersWithoutValue()).isEqualTo(1);
    }

    @Test
    void profitCurveIsCumulativeExpectedValueAndPeaksWhereTheNextContactLosesMoney() {
        ValuePlan plan = ValuePlanner.plan(fourCustomers(), CALLS);

        // expected values 40, 10, −5, −10
        assertThat(plan.profitCurve()).containsExactly(new double[] {0, 40, 50, 45, 35}, within(1e-9));
        assertThat(plan.peakListSize()).isEqualTo(2);
        assertThat(plan.peakValue()).isCloseTo(50, within(1e-9));
    }

    @Test
    void peakIsZeroWhenNoContactPays() {
        ValuePlan plan = ValuePlanner.plan(List.of(customer("a", 0.1, "Low", 10)), CALLS);

        assertThat(plan.peakListSize()).isZero();
    }

    @Test
    void capacityOutcomeGivesContactsSavesValueCostAndRoi() {
        CapacityOutcome outcome = ValuePlanner.plan(fourCustomers(), CALLS).atCapacity(2);

        assertThat(outcome.contacts()).isEqualTo(2);
        assertThat(outcome.expectedSaves()).isCloseTo((0.5 + 0.4) * 0.5, within(1e-12));
        assertThat(outcome.valueSaved()).isCloseTo(70, within(1e-9));
        assertThat(outcome.cost()).isCloseTo(20, within(1e-12));
        assertThat(outcome.netValue()).isCloseTo(50, within(1e-9));
        assertThat(outcome.roi()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void capacityBeyondTheSegmentContactsEveryone() {
        CapacityOutcome outcome = ValuePlanner.plan(fourCustomers(), CALLS).atCapacity(100);

        assertThat(outcome.capacity()).isEqualTo(100);
        assertThat(outcome.contacts()).isEqualTo(4);
        assertThat(outcome.netValue()).isCloseTo(35, within(1e-9));
    }

    @Test
    void roiIsUndefinedWhenContactsCostNothing() {
        CapacityOutcome outcome = ValuePlanner.plan(fourCustomers(), new CampaignEconomics(0, 0, 0, 0.5)).atCapacity(2);

        assertThat(outcome.roi()).isNaN();
    }

    @Test
    void aCustomerListedTwiceIsRefused() {
        assertThatThrownBy(() -> ValuePlanner.plan(List.of(customer("a", 0.1, "Low", 1), customer("a", 0.2, "Low", 1)),
                CALLS)).isInstanceOf(SegmentException.class).hasMessageContaining("Customer a appears twice");
    }

    @Test
    void economicsRefuseRatesOutsideZeroToOneAndNegativeCosts() {
        assertThatThrownBy(() -> new CampaignEconomics(5, 20, 0.4, 1.2)).isInstanceOf(SegmentException.class)
                .hasMessage("The save rate must be between 0% and 100% (a share from 0 to 1); got 1.2 (120%).");
        assertThatThrownBy(() -> new CampaignEconomics(-1, 20, 0.4, 0.2)).isInstanceOf(SegmentException.class)
                .hasMessage("The contact cost must be zero or more; got -1.0.");
        assertThatThrownBy(() -> new CampaignEconomics(1, 20, Double.NaN, 0.2)).isInstanceOf(SegmentException.class)
                .hasMessageContaining("offer acceptance rate");
    }

    private static List<ScoredCustomer> fourCustomers() {
        return List.of(customer("c", 0.1, "Low", 100), customer("a", 0.5, "High", 200),
                customer("d", 0.2, "Low", Double.NaN), customer("b", 0.4, "Medium", 100));
    }
}
