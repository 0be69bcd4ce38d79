package app.retention.export;

import java.util.List;

/**
 * Recommended action by risk band and customers per band × value of a column (usually the acquisition channel).
 *
 * @param column the breakdown column; null when the brief has no breakdown
 * @param values the column's values, most customers first
 * @param rows   one per band, highest risk first
 */
public record ActionTable(String column, List<String> values, List<Row> rows) {

    public ActionTable {
        values = List.copyOf(values);
        rows = List.copyOf(rows);
    }

    /**
     * One band.
     *
     * @param customersByValue customers of the band with each of {@code values}, in the same order
     */
    public record Row(String band, String action, int customers, List<Integer> customersByValue) {
        public Row {
            customersByValue = List.copyOf(customersByValue);
        }
    }
}
