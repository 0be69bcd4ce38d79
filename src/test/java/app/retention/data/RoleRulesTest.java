package app.retention.data;

import app.retention.domain.ColumnRole;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    private static String[] numbered(String prefix, int n) {
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = prefix + (1000 + i);
        }
        return values;
    }

    @Test
    void uniqueWholeNumbersNamedLikeKeysAreIdentifiers() {
        for (String name : List.of("CLIENTNUM", "customer_no", "AccountKey", "account number", "contract_code",
                "CUSTNO", "member_nr", "SubscriberNum")) {
            assertThat(role(name, numbered("", 60))).as(name).isEqualTo(ColumnRole.ID);
        }
        // repeated values, decimals or another name: a feature as before
        assertThat(role("CLIENTNUM", "1", "1", "2")).isEqualTo(ColumnRole.FEATURE);
        assertThat(role("NumOfProducts", numbered("", 60))).isEqualTo(ColumnRole.FEATURE);
        assertThat(role("CreditScore", numbered("", 60))).isEqualTo(ColumnRole.FEATURE);
        assertThat(role("Balance", "10.5", "11.5", "12.5")).isEqualTo(ColumnRole.FEATURE);
    }

    @Test
    void postalCodesAndCoordinatesAreLocationsKeptOutOfModels() {
        assertThat(role("Zip Code", "90003", "90005", "90006", "90003")).isEqualTo(ColumnRole.IGNORED);
        assertThat(role("postal_code", "10115", "10117")).isEqualTo(ColumnRole.IGNORED);
        assertThat(role("Latitude", "33.964131", "34.059281")).isEqualTo(ColumnRole.IGNORED);
        assertThat(role("Longitude", "-118.272783", "-118.30742")).isEqualTo(ColumnRole.IGNORED);
        assertThat(role("lat", "33.9", "34.0")).isEqualTo(ColumnRole.IGNORED);
        assertThat(role("lng", "-118.2", "-118.3")).isEqualTo(ColumnRole.IGNORED);
        assertThat(role("Lat Long", "33.964131, -118.272783", "34.059281, -118.30742")).isEqualTo(ColumnRole.IGNORED);
        // a street address, or a postal code written as text, stays personal data as before
        assertThat(role("street", "Rua A, 10", "Rua B, 20")).isEqualTo(ColumnRole.PII);
        assertThat(role("cep", "01310-100", "20040-002")).isEqualTo(ColumnRole.PII);
    }

    @Test
    void aCityIsALocationOnlyWhenFewCustomersShareEachValue() {
        assertThat(role("City", numbered("Town ", 1_129))).isEqualTo(ColumnRole.IGNORED);
        String[] regions = new String[2_000];
        for (int i = 0; i < regions.length; i++) {
            regions[i] = "City " + (i % 60);
        }
        assertThat(role("City", regions)).isEqualTo(ColumnRole.FEATURE);
        assertThat(role("CityTier", "1", "3", "2", "1")).isEqualTo(ColumnRole.FEATURE);
        assertThat(role("long_distance_minutes", "12", "30", "7")).isEqualTo(ColumnRole.FEATURE);
        assertThat(role("NumberOfAddress", "1", "2", "3", "2")).isEqualTo(ColumnRole.FEATURE);
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
