package app.retention.data;

import app.retention.domain.ColumnType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Converts a column's source text into the typed value the store keeps, by the column's plan. */
final class ValueConverter {

    private final ColumnPlan column;
    private final String trueSpelling;
    private final String falseSpelling;
    /** Dates already read, by their text: a date column repeats a few thousand days, and reading one is slow. */
    private final Map<String, Object> dates = new HashMap<>();
    private static final int DATES_KEPT = 10_000;

    ValueConverter(ColumnPlan column) {
        this.column = column;
        this.trueSpelling = column.trueLabel() == null ? null : column.trueLabel().toLowerCase(Locale.ROOT);
        this.falseSpelling = column.falseLabel() == null ? null : column.falseLabel().toLowerCase(Locale.ROOT);
    }

    /**
     * The typed value, null when missing.
     *
     * @throws IllegalArgumentException with a message naming the value and the expected type
     */
    Object convert(String raw) {
        if (ValueFormats.isMissing(raw)) {
            return null;
        }
        String value = raw.strip();
        ColumnType type = column.type();
        switch (type) {
            case INTEGER:
                if (ValueFormats.isInteger(value)) {
                    return Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
                }
                throw mismatch(value, "a whole number");
            case DECIMAL:
                boolean comma = ValueFormats.DECIMAL_COMMA.equals(column.format());
                if (ValueFormats.isInteger(value) && !ValueFormats.isIntegerExactAsDecimal(value)) {
                    throw problem(value, "has more digits than a decimal column keeps; import the column as "
                            + "text or whole numbers");
                }
                if (comma) {
                    if (ValueFormats.isDecimalComma(value) || ValueFormats.isInteger(value)) {
                        return ValueFormats.parseDecimal(value, true);
                    }
                    throw mismatch(value, "a number");
                }
                if (!ValueFormats.hasDecimalDigits(value)) {
                    throw mismatch(value, "a number");
                }
                double number = Double.parseDouble(value);
                if (Double.isInfinite(number)) {
                    throw problem(value, "is beyond the largest number that can be stored");
                }
                return number;
            case BOOLEAN:
                return toBoolean(value);
            case DATE:
                Object known = dates.get(value);
                if (known != null) {
                    return known;
                }
                Object date = toDate(value);
                if (dates.size() < DATES_KEPT) {
                    dates.put(value, date);
                }
                return date;
            default:
                return value;
        }
    }

    private Object toDate(String value) {
        if (column.format() == null || ValueFormats.matchesDate(value, column.format())) {
            try {
                return ValueFormats.parseDate(value, column.format());
            } catch (RuntimeException e) {
                throw mismatch(value, "a date");
            }
        }
        throw mismatch(value, "a date like " + column.format().replace("uuuu", "yyyy"));
    }

    private Boolean toBoolean(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (trueSpelling != null) {
            if (lower.equals(trueSpelling)) {
                return Boolean.TRUE;
            }
            if (lower.equals(falseSpelling)) {
                return Boolean.FALSE;
            }
            throw mismatch(value, column.trueLabel() + " or " + column.falseLabel());
        }
        for (List<String> pair : ValueFormats.BOOLEAN_PAIRS) {
            if (pair.get(0).equals(lower)) {
                return Boolean.TRUE;
            }
            if (pair.get(1).equals(lower)) {
                return Boolean.FALSE;
            }
        }
        throw mismatch(value, "yes/no, true/false or 1/0");
    }

    private IllegalArgumentException mismatch(String value, String expected) {
        return problem(value, "is not " + expected);
    }

    private IllegalArgumentException problem(String value, String what) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return new IllegalArgumentException("column `" + column.name() + "`: `" + shown + "` " + what);
    }
}
