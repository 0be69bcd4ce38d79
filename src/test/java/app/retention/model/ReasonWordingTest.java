package app.retention.model;

import app.retention.domain.ColumnLabels;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reasons as a call-centre agent reads them (finding M16): no raw 0/1, no shouted names, no cryptic abbreviations. */
class ReasonWordingTest {

    @Test
    void aZeroOneQuestionColumnReadsYesOrNo() {
        assertThat(ReasonWording.numeric("IsActiveMember", 0)).isEqualTo("Active member: No");
        assertThat(ReasonWording.numeric("is_active_member", 1)).isEqualTo("Active member: Yes");
        assertThat(ReasonWording.numeric("HasCrCard", 1)).isEqualTo("Has credit card: Yes");
        // a count that happens to start with "has" but is not 0/1 stays a number
        assertThat(ReasonWording.numeric("has_orders", 3)).isEqualTo("Has orders: 3");
    }

    @Test
    void shortNamesAreCapitalisedOnlyWhenTheyAreAcronyms() {
        assertThat(ReasonWording.numeric("Age", 49)).isEqualTo("Age: 49");
        assertThat(ReasonWording.numeric("nps", 3)).isEqualTo("NPS 3");
        assertThat(ReasonWording.nominal("nps", "3")).isEqualTo("NPS: 3");
    }

    @Test
    void abbreviationsAreSpelledOut() {
        assertThat(ReasonWording.numeric("NumOfProducts", 4)).isEqualTo("Number of products: 4");
        assertThat(ReasonWording.numeric("avg_basket_90d", 120)).isEqualTo("120 average basket in the last 90 days");
    }

    @Test
    void windowsDaysAndMissingValuesKeepTheirForm() {
        assertThat(ReasonWording.numeric("days_since_last_order", 52)).isEqualTo("52 days since last order");
        assertThat(ReasonWording.numeric("orders_90d", 0)).isEqualTo("0 orders in the last 90 days");
        // one is singular (the customer card read "1 orders in the last 90 days")
        assertThat(ReasonWording.numeric("orders_90d", 1)).isEqualTo("1 order in the last 90 days");
        assertThat(ReasonWording.numeric("support_tickets_90d", 1)).isEqualTo("1 support ticket in the last 90 days");
        assertThat(ReasonWording.numeric("coupons_used_90d", 1)).isEqualTo("1 coupon used in the last 90 days");
        assertThat(ReasonWording.numeric("sessions_30d", 2)).isEqualTo("2 sessions in the last 30 days");
        assertThat(ReasonWording.numeric("tenure_months", Double.NaN)).isEqualTo("Tenure months unknown");
        assertThat(ReasonWording.nominal("loyalty_tier", null)).isEqualTo("Loyalty tier unknown");
        assertThat(ReasonWording.numeric("Balance", 1234.5)).isEqualTo("Balance: 1,234.50");
    }

    @Test
    void aLabelTheUserGaveIsUsedAsWritten() {
        ColumnLabels labels = ColumnLabels.given(java.util.Map.of("days_since_last_order", "Days without an order",
                "is_active_member", "Active in the app", "plan", "Subscription"));
        assertThat(ReasonWording.numeric("days_since_last_order", 52, labels)).isEqualTo("Days without an order: 52");
        assertThat(ReasonWording.numeric("is_active_member", 0, labels)).isEqualTo("Active in the app: No");
        assertThat(ReasonWording.numeric("days_since_last_order", Double.NaN, labels))
                .isEqualTo("Days without an order unknown");
        assertThat(ReasonWording.nominal("plan", "basic", labels)).isEqualTo("Subscription: basic");
        // columns without a label keep their wording
        assertThat(ReasonWording.numeric("orders_90d", 0, labels)).isEqualTo("0 orders in the last 90 days");
    }

    @Test
    void aCategoryTheModelNeverSawIsNamedAsNewNotUnknown() {
        assertThat(ReasonWording.unseen("app_version", "5.5.0", ColumnLabels.humanised()))
                .isEqualTo("App version 5.5.0 is new (not seen in training)");
        assertThat(ReasonWording.unseen("app_version", "5.5.0", ColumnLabels.given(java.util.Map.of("app_version",
                "Version of the app")))).isEqualTo("Version of the app 5.5.0 is new (not seen in training)");
    }
}
