package app.retention.segment;

import java.util.Map;

/**
 * The segment's customers with one value of the breakdown column (for instance one acquisition channel).
 *
 * @param value           the column's value as text; {@link SegmentSummary#MISSING} when missing
 * @param customersByBand customers per risk band, in the summary's band order
 */
public record BreakdownRow(String value, int customers, double expectedChurners, double valueAtRisk,
                           Map<String, Integer> customersByBand) {

    public BreakdownRow {
        customersByBand = Map.copyOf(customersByBand);
    }

    /** Customers of the band with this value (0 when none). */
    public int customers(String band) {
        return customersByBand.getOrDefault(band, 0);
    }
}
