package app.retention.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Column names as people read them (issue 12): no underscores, no "Numofproducts", acronyms in capitals. */
class ColumnLabelsTest {

    @Test
    void namesAreHumanised() {
        assertThat(ColumnLabels.humanise("days_since_last_order")).isEqualTo("Days since last order");
        assertThat(ColumnLabels.humanise("NumOfProducts")).isEqualTo("Number of products");
        assertThat(ColumnLabels.humanise("customerID")).isEqualTo("Customer ID");
        assertThat(ColumnLabels.humanise("SeniorCitizen")).isEqualTo("Senior citizen");
        assertThat(ColumnLabels.humanise("nps")).isEqualTo("NPS");
        assertThat(ColumnLabels.humanise("clv_brl")).isEqualTo("CLV BRL");
        assertThat(ColumnLabels.humanise("Customer_Age")).isEqualTo("Customer age");
        assertThat(ColumnLabels.humanise("orders_90d")).isEqualTo("Orders (90 days)");
        assertThat(ColumnLabels.humanise("sessions_30d")).isEqualTo("Sessions (30 days)");
        assertThat(ColumnLabels.humanise("tenure")).isEqualTo("Tenure");
        assertThat(ColumnLabels.humanise("2024")).isEqualTo("2024");
        assertThat(ColumnLabels.humanise("__")).isEqualTo("__");
    }

    @Test
    void givenLabelsWinAndFallBack() {
        ColumnLabels september = ColumnLabels.given(Map.of("plan", "Subscription plan", "nps", "Score"));
        ColumnLabels november = ColumnLabels.given(Map.of("nps", "Net promoter score"));
        ColumnLabels both = november.orElse(september);
        assertThat(both.of("nps")).isEqualTo("Net promoter score");
        assertThat(both.of("plan")).isEqualTo("Subscription plan");
        assertThat(both.of("days_since_last_order")).isEqualTo("Days since last order");
        assertThat(both.isGiven("plan")).isTrue();
        assertThat(both.isGiven("days_since_last_order")).isFalse();

        ColumnInfo labelled = new ColumnInfo(1, "plan", "C1", ColumnType.CATEGORY, ColumnRole.FEATURE, 0, 2, null,
                null, null, "Plan bought");
        ColumnInfo plain = new ColumnInfo(2, "tenure_months", "C2", ColumnType.INTEGER, ColumnRole.FEATURE, 0, 2,
                null, null, null);
        ColumnLabels of = ColumnLabels.of(List.of(labelled, plain));
        assertThat(of.of("plan")).isEqualTo("Plan bought");
        assertThat(of.of("tenure_months")).isEqualTo(plain.displayLabel()).isEqualTo("Tenure months");
    }

    @Test
    void aTypedLabelIsCheckedAndBlankMeansNone() {
        assertThat(ColumnLabels.checked("  Days without an order ")).isEqualTo("Days without an order");
        assertThat(ColumnLabels.checked("  ")).isNull();
        assertThat(ColumnLabels.checked(null)).isNull();
        assertThatThrownBy(() -> ColumnLabels.checked("a".repeat(201))).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> ColumnLabels.checked("a\tb")).hasMessageContaining("one line");
    }

    @Test
    void aLabelMidSentenceKeepsItsAcronyms() {
        assertThat(ColumnLabels.inSentence("Days since last order")).isEqualTo("days since last order");
        assertThat(ColumnLabels.inSentence("NPS")).isEqualTo("NPS");
        assertThat(ColumnLabels.inSentence("CLV BRL")).isEqualTo("CLV BRL");
        assertThat(ColumnLabels.inSentence("Customer ID")).isEqualTo("customer ID");
    }
}
