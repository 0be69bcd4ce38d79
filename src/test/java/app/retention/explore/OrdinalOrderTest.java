package app.retention.explore;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Categories that count something keep their natural order in charts and cross-tables (finding m11). */
class OrdinalOrderTest {

    private static List<String> ordered(String... categories) {
        List<String> list = new ArrayList<>(List.of(categories));
        Collections.shuffle(list, new java.util.Random(3));
        assertThat(OrdinalOrder.applies(list)).as("%s counts something", list).isTrue();
        list.sort(OrdinalOrder.comparator());
        return list;
    }

    @Test
    void contractsIncomesAndAgeRangesReadInOrder() {
        assertThat(ordered("Two year", "Month-to-month", "One year"))
                .containsExactly("Month-to-month", "One year", "Two year");
        assertThat(ordered("$120K +", "Unknown", "$40K - $60K", "Less than $40K", "$80K - $120K", "$60K - $80K"))
                .containsExactly("Less than $40K", "$40K - $60K", "$60K - $80K", "$80K - $120K", "$120K +", "Unknown");
        assertThat(ordered("65+", "18-24", "25-34", "35-49", "50-64"))
                .containsExactly("18-24", "25-34", "35-49", "50-64", "65+");
        assertThat(ordered("3 products", "1 product", "2 products", "4 or more products"))
                .containsExactly("1 product", "2 products", "3 products", "4 or more products");
    }

    @Test
    void namesThatCountNothingKeepTheirOrderBySize() {
        assertThat(OrdinalOrder.applies(List.of("Fiber optic", "DSL", "No"))).isFalse();
        assertThat(OrdinalOrder.applies(List.of("Basic", "Basic Plus", "Premium"))).isFalse();
        // one number among many names is not an order
        assertThat(OrdinalOrder.applies(List.of("App", "Web", "Partner 2", "Store"))).isFalse();
    }
}
