package app.retention.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customer value is the user's choice, with its currency and basis (issue 12, finding M5). */
class CustomerValueTest {

    @Test
    void aMonthlyAmountIsProjectedOverItsMonthsAndALifetimeValueIsTakenAsItIs() {
        CustomerValue monthly = CustomerValue.monthly("MonthlyCharges", "usd", 24);
        assertThat(monthly.lifetimeOf(70.5)).isEqualTo(70.5 * 24);
        assertThat(monthly.currency()).isEqualTo("USD");
        assertThat(monthly.unit()).isEqualTo("US$, monthly amount × 24 months");
        assertThat(monthly.describe()).isEqualTo("MonthlyCharges (US$, monthly amount × 24 months)");
        assertThat(monthly.money(1234567.4)).isEqualTo("US$ 1,234,567");

        CustomerValue clv = CustomerValue.lifetime("clv_brl", "BRL");
        assertThat(clv.lifetimeOf(812.0)).isEqualTo(812.0);
        assertThat(clv.months()).isEqualTo(1);
        assertThat(clv.describe()).isEqualTo("clv_brl (R$, lifetime value)");
    }

    @Test
    void withoutACurrencyAmountsArePlainAndWithoutAColumnNoValueIsSet() {
        CustomerValue plain = CustomerValue.lifetime("Balance", "");
        assertThat(plain.money(1500)).isEqualTo("1,500");
        assertThat(plain.unit()).isEqualTo("lifetime value");
        assertThat(CustomerValue.lifetime("x", "CHF").symbol()).isEqualTo("CHF");

        assertThat(CustomerValue.NONE.isSet()).isFalse();
        assertThat(CustomerValue.NONE.unit()).isEqualTo("no value set");
        assertThat(CustomerValue.NONE.describe()).isEqualTo("No customer value set");
        assertThat(new CustomerValue(null, "BRL", CustomerValue.Basis.MONTHLY, 6)).isEqualTo(CustomerValue.NONE);
    }

    @Test
    void impossibleSettingsAreRefusedInPlainWords() {
        assertThatThrownBy(() -> CustomerValue.monthly("fee", "BRL", 0)).hasMessageContaining("1 to 120 months, not 0");
        assertThatThrownBy(() -> CustomerValue.monthly("fee", "BRL", 121)).hasMessageContaining("not 121");
        assertThatThrownBy(() -> CustomerValue.lifetime("fee", "reais")).hasMessageContaining("three letters");
        assertThatThrownBy(() -> CustomerValue.lifetime(" ", "BRL")).hasMessageContaining("no name");
        assertThatThrownBy(() -> CustomerValue.Basis.parse("weekly")).hasMessageContaining("lifetime or monthly");
    }
}
