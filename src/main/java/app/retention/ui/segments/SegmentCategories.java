package app.retention.ui.segments;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.segment.ScoredCustomer;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The category columns a segment can be filtered by, with their values, read from the scored customers. */
final class SegmentCategories {

    private static final List<String> BREAKDOWN_PREFERENCE = List.of("acquisition_channel", "channel", "country");

    private SegmentCategories() {
    }

    /** Feature columns of type category or yes/no with at most {@code maxValues} values; values most common first. */
    static Map<String, List<String>> of(List<ColumnInfo> columns, List<ScoredCustomer> customers, int maxValues) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ColumnInfo c : columns) {
            boolean category = c.type() == ColumnType.CATEGORY || c.type() == ColumnType.BOOLEAN;
            if (!category || c.role() != ColumnRole.FEATURE) {
                continue;
            }
            Map<String, Integer> counts = count(customers, c.name());
            if (counts.isEmpty() || counts.size() > maxValues) {
                continue;
            }
            out.put(c.name(), counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList());
        }
        return out;
    }

    /** Customers per value of every category column. */
    static Map<String, Map<String, Integer>> counts(List<ScoredCustomer> customers, Map<String, List<String>> categories) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        categories.keySet().forEach(column -> out.put(column, count(customers, column)));
        return out;
    }

    private static Map<String, Integer> count(List<ScoredCustomer> customers, String column) {
        Map<String, Integer> counts = new HashMap<>();
        for (ScoredCustomer c : customers) {
            Object value = c.attribute(column);
            if (value != null && !value.toString().isBlank()) {
                counts.merge(value.toString(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The column the summary breaks a segment down by: the acquisition channel when there is one. */
    static String breakdownColumn(Map<String, List<String>> categories) {
        return BREAKDOWN_PREFERENCE.stream().filter(categories::containsKey).findFirst()
                .orElse(categories.isEmpty() ? null : categories.keySet().iterator().next());
    }
}
