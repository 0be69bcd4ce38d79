package app.retention.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static app.retention.segment.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SegmentSummaryTest {

    private static final Reason NO_ORDER_52 = new Reason("days_since_last_order", "No order in 52 days");
    private static final Reason NO_ORDER_60 = new Reason("days_since_last_order", "No order in 60 days");
    private static final Reason COMPLAINED = new Reason("complaint", "Complained to support");

    private static final List<ScoredCustomer> SEGMENT = List.of(
            customer("a", 0.8, "High", 100, "organic", NO_ORDER_52, COMPLAINED),
            customer("b", 0.6, "High", 200, "search_ads", NO_ORDER_60),
            customer("c", 0.3, "Medium", Double.NaN, "organic", NO_ORDER_52),
            customer("d", 0.1, "Low", 50, null, COMPLAINED));

    @Test
    void sizeExpectedChurnersAndValueAtRisk() {
        SegmentSummary summary = SegmentSummary.of(SEGMENT, null, Playbook.defaults());

        assertThat(summary.customers()).isEqualTo(4);
        assertThat(summary.expectedChurners()).isCloseTo(1.8, within(1e-12));
        assertThat(summary.valueAtRisk()).isCloseTo(80 + 120 + 5, within(1e-9));
        assertThat(summary.totalValue()).isCloseTo(350, within(1e-9));
        assertThat(summary.customersWithoutValue()).isEqualTo(1);
    }

    @Test
    void bandsAreListedHighestRiskFirstWithTheirAction() {
        SegmentSummary summary = SegmentSummary.of(SEGMENT, null, Playbook.defaults());

        assertThat(summary.bands()).containsExactly(
                new BandSummary("High", 2, 1.4, 200, "E-mail offer + CSM call"),
                new BandSummary("Medium", 1, 0.3, 0, "Content nudge / push notification"),
                new BandSummary("Low", 1, 0.1, 5, Playbook.NO_ACTION));
    }

    @Test
    void topReasonsCountCustomersPerFeature() {
        SegmentSummary summary = SegmentSummary.of(SEGMENT, null, Playbook.defaults());

        assertThat(summary.topReasons()).containsExactly(
                new ReasonCount("days_since_last_order", "Days since last order", "No order in 52 days", 3, 0.75),
                new ReasonCount("complaint", "Complained to support", "Complained to support", 2, 0.5));
        assertThat(summary.topReasons(1)).hasSize(1);
    }

    @Test
    void breakdownByAColumnCountsCustomersPerValueAndBand() {
        SegmentSummary summary = SegmentSummary.of(SEGMENT, "acquisition_channel", Playbook.defaults());

        assertThat(summary.breakdown()).extracting(BreakdownRow::value)
                .containsExactly("organic", SegmentSummary.MISSING, "search_ads");
        BreakdownRow organic = summary.breakdown().get(0);
        assertThat(organic.customers()).isEqualTo(2);
        assertThat(organic.expectedChurners()).isCloseTo(1.1, within(1e-12));
        assertThat(organic.customers("High")).isEqualTo(1);
        assertThat(organic.customers("Low")).isZero();
    }

    @Test
    void definitionSelectsCustomersMeetingEveryFilterAndDescribesThem() {
        SegmentDefinition definition = new SegmentDefinition("High organic", "mcommerce_2026_09", 1, "7",
                List.of(ColumnFilter.oneOf(SegmentDefinition.RISK_BAND, List.of("High", "Medium")),
                        ColumnFilter.oneOf("acquisition_channel", List.of("organic")),
                        ColumnFilter.range(SegmentDefinition.CHURN_PROBABILITY, 0.5, null)));

        assertThat(definition.select(SEGMENT)).extracting(ScoredCustomer::key).containsExactly("a");
        assertThat(definition.describe()).isEqualTo("Customers of mcommerce_2026_09@1 scored by model 7 where risk "
                + "band is High or Medium and acquisition_channel is organic and churn probability at least 0.5");
    }

    @Test
    void aMissingValueFilterMatchesMissingAttributes() {
        ColumnFilter missing = ColumnFilter.oneOf("acquisition_channel", java.util.Arrays.asList((String) null));

        assertThat(SEGMENT).filteredOn(missing::matches).extracting(ScoredCustomer::key).containsExactly("d");
        assertThat(missing.describe()).isEqualTo("acquisition_channel is missing");
    }
}
