package app.retention.segment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A condition on one column of a segment: its value is one of a list ({@link OneOf}) or lies in a range
 * ({@link Range}). Besides the dataset's columns, {@link SegmentDefinition#RISK_BAND} and
 * {@link SegmentDefinition#CHURN_PROBABILITY} filter on the score. Saved with the segment as JSON, the
 * components of either record.
 */
public sealed interface ColumnFilter permits ColumnFilter.OneOf, ColumnFilter.Range {

    String column();

    /** Whether a value of the column meets the condition. */
    boolean accepts(Object value);

    /** The condition in words after the column's name: "is BR or MX", "from 100 to under 500". */
    String condition();

    /**
     * The value is one of {@code values}; a null in the list means "missing".
     */
    record OneOf(String column, List<String> values) implements ColumnFilter {

        public OneOf {
            requireColumn(column);
            if (values == null || values.isEmpty()) {
                throw new SegmentException("The filter on " + column + " lists no values; pick at least one.");
            }
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        @Override
        public boolean accepts(Object value) {
            return values.stream().anyMatch(v -> same(v, value));
        }

        @Override
        public String condition() {
            List<String> shown = values.stream().map(v -> v == null ? "missing" : v).toList();
            return "is " + (shown.size() == 1 ? shown.get(0)
                    : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1));
        }
    }

    /** The value is a number at least {@code from} and under {@code to}; either end open when null. */
    record Range(String column, Double from, Double to) implements ColumnFilter {

        public Range {
            requireColumn(column);
            if (from == null && to == null) {
                throw new SegmentException("The filter on " + column + " needs values or a range.");
            }
            if (from != null && to != null && !(from < to)) {
                throw new SegmentException("The filter on " + column + " runs from " + from + " to " + to
                        + "; the start must be below the end.");
            }
        }

        @Override
        public boolean accepts(Object value) {
            Double number = number(value);
            return number != null && (from == null || number >= from) && (to == null || number < to);
        }

        @Override
        public String condition() {
            if (from != null && to != null) {
                return "from " + plain(from) + " to under " + plain(to);
            }
            return from != null ? "at least " + plain(from) : "under " + plain(to);
        }
    }

    /** The column's value is one of these (null for missing). */
    static ColumnFilter oneOf(String column, List<String> values) {
        return new OneOf(column, values);
    }

    /** The column's value is at least {@code from} and under {@code to}; either may be null (open). */
    static ColumnFilter range(String column, Double from, Double to) {
        return new Range(column, from, to);
    }

    /** A filter as saved: values for {@link OneOf}, else a range (segments saved before the split had all four). */
    @JsonCreator
    static ColumnFilter saved(@JsonProperty("column") String column, @JsonProperty("values") List<String> values,
                              @JsonProperty("from") Double from, @JsonProperty("to") Double to) {
        return values != null ? new OneOf(column, values) : new Range(column, from, to);
    }

    /** Whether the customer meets the condition. */
    default boolean matches(ScoredCustomer customer) {
        return accepts(switch (column()) {
            case SegmentDefinition.RISK_BAND -> customer.band();
            case SegmentDefinition.CHURN_PROBABILITY -> customer.probability();
            default -> customer.attribute(column());
        });
    }

    /** The condition in words: "country is BR or MX", "clv_brl from 100 to under 500". */
    default String describe() {
        String name = column().equals(SegmentDefinition.RISK_BAND) ? "risk band"
                : column().equals(SegmentDefinition.CHURN_PROBABILITY) ? "churn probability" : column();
        return name + " " + condition();
    }

    private static void requireColumn(String column) {
        if (column == null || column.isBlank()) {
            throw new SegmentException("A segment filter needs a column.");
        }
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
