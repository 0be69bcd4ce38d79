package app.retention.segment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A condition on one column of a segment: the value is one of {@code values} (a null in the list means
 * "missing"), or, when {@code values} is null, it lies in [{@code from}, {@code to}) (either end open when
 * null). Besides the dataset's columns, {@link SegmentDefinition#RISK_BAND} and
 * {@link SegmentDefinition#CHURN_PROBABILITY} filter on the score. Same meaning as the store's row filter.
 */
public record ColumnFilter(String column, List<String> values, Double from, Double to) {

    public ColumnFilter {
        if (column == null || column.isBlank()) {
            throw new SegmentException("A segment filter needs a column.");
        }
        if (values != null) {
            if (values.isEmpty()) {
                throw new SegmentException("The filter on " + column + " lists no values; pick at least one.");
            }
            values = Collections.unmodifiableList(new ArrayList<>(values));
        } else if (from == null && to == null) {
            throw new SegmentException("The filter on " + column + " needs values or a range.");
        } else if (from != null && to != null && !(from < to)) {
            throw new SegmentException("The filter on " + column + " runs from " + from + " to " + to
                    + "; the start must be below the end.");
        }
    }

    /** The column's value is one of these (null for missing). */
    public static ColumnFilter oneOf(String column, List<String> values) {
        return new ColumnFilter(column, values, null, null);
    }

    /** The column's value is at least {@code from} and under {@code to}; either may be null (open). */
    public static ColumnFilter range(String column, Double from, Double to) {
        return new ColumnFilter(column, null, from, to);
    }

    /** Whether the customer meets the condition. */
    public boolean matches(ScoredCustomer customer) {
        Object value = switch (column) {
            case SegmentDefinition.RISK_BAND -> customer.band();
            case SegmentDefinition.CHURN_PROBABILITY -> customer.probability();
            default -> customer.attribute(column);
        };
        if (values != null) {
            return values.stream().anyMatch(v -> same(v, value));
        }
        Double number = number(value);
        return number != null && (from == null || number >= from) && (to == null || number < to);
    }

    /** The condition in words: "country is BR or MX", "clv_brl from 100 to under 500". */
    public String describe() {
        String name = column.equals(SegmentDefinition.RISK_BAND) ? "risk band"
                : column.equals(SegmentDefinition.CHURN_PROBABILITY) ? "churn probability" : column;
        if (values != null) {
            List<String> shown = values.stream().map(v -> v == null ? "missing" : v).toList();
            String joined = shown.size() == 1 ? shown.get(0)
                    : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
            return name + " is " + joined;
        }
        if (from != null && to != null) {
            return name + " from " + plain(from) + " to under " + plain(to);
        }
        return from != null ? name + " at least " + plain(from) : name + " under " + plain(to);
    }

    private static boolean same(String wanted, Object value) {
        if (wanted == null || value == null) {
            return wanted == null && (value == null || value.toString().isBlank());
        }
        if (value instanceof Number n) {
            Double w = number(wanted);
            return w != null && new BigDecimal(w.toString()).compareTo(new BigDecimal(Double.toString(n.doubleValue()))) == 0;
        }
        return value.toString().equalsIgnoreCase(wanted.trim());
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d)
                : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
