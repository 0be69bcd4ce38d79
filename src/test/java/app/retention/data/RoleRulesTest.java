package app.retention.data;

import app.retention.domain.ColumnRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleRulesTest {

    private static ColumnRole role(String name, String... values) {
        ColumnProfiler p = new ColumnProfiler(name);
        for (String v : values) {
            p.accept(v);
        }
        return RoleRules.infer(name, p.inferType().type(), p);
    }

    @Test
    void namesEmailsPhonesAndTaxIdsArePersonalData() {
        assertThat(role("full_name", "Ana Souza", "Bruno Lima", "Ana Souza")).isEqualTo(ColumnRole.PII);
        assertThat(role("contato", "ana@example.com", "bruno@example.org")).isEqualTo(ColumnRole.PII);
        assertThat(role("documento", "123.456.789-09", "987.654.321-00")).isEqualTo(ColumnRole.PII);
        assertThat(role("empresa_doc", "12.345.678/0001-95", "98.765.432/0001-10")).isEqualTo(ColumnRole.PII);
        assertThat(role("contact", "+55 11 91234-5678", "+52 55 1234 5678", "+57 301 234 5678")).isEqualTo(ColumnRole.PII);
        assertThat(role("cpf", "12345678909", "98765432100")).isEqualTo(ColumnRole.PII);
        assertThat(role("Surname", "Hargrave", "Hill", "Onio", "Hill")).isEqualTo(ColumnRole.PII);
    }

    @Test
    void countsAndProductNamesAreNotPersonalData() {
        assertThat(role("NumberOfAddress", "1", "2", "3", "2")).isEqualTo(ColumnRole.FEATURE);
        assertThat(role("PlanName", "Basic", "Pro", "Basic")).isEqualTo(ColumnRole.FEATURE);
        assertThat(role("PreferredLoginDevice", "Mobile Phone", "Phone", "Computer")).isEqualTo(ColumnRole.FEATURE);
    }

    @Test
    void uniqueColumnsNamedLikeIdentifiersAreIdentifiers() {
        assertThat(role("customerID", "7590-VHVEG", "5575-GNVDE", "3668-QPYBK")).isEqualTo(ColumnRole.ID);
        assertThat(role("RowNumber", "1", "2", "3")).isEqualTo(ColumnRole.ID);
        assertThat(role("store_id", "1", "1", "2")).isEqualTo(ColumnRole.FEATURE);
    }

    @Test
    void dateColumnsHaveTheDateRole() {
        assertThat(role("signup_date", "2026-01-01", "2026-02-01")).isEqualTo(ColumnRole.DATE);
    }

    @Test
    void churnLikeNamesAreTargetCandidates() {
        assertThat(RoleRules.looksLikeTargetName("churned_30d")).isTrue();
        assertThat(RoleRules.looksLikeTargetName("Exited")).isTrue();
        assertThat(RoleRules.looksLikeTargetName("Attrition_Flag")).isTrue();
        assertThat(RoleRules.looksLikeTargetName("orders_90d")).isFalse();
    }

    @Test
    void nameWordsSplitCamelCaseAndSeparators() {
        assertThat(RoleRules.words("customerID")).containsExactly("customer", "id");
        assertThat(RoleRules.words("HourSpendOnApp")).containsExactly("hour", "spend", "on", "app");
        assertThat(RoleRules.words("churned_30d")).containsExactly("churned", "30d");
    }
}
