package app.retention.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Segment filters as a person types them: conditions joined by {@code AND}, each {@code column = a|b}
 * (one of the values), {@code column >= n} or {@code column < n}; {@code risk_band} and
 * {@code churn_probability} filter on the score. Example: {@code risk_band = High|Medium AND country = BR}.
 */
public final class SegmentFilters {

    private static final Pattern CONDITION = Pattern.compile("\\s*([A-Za-z_][\\w.]*)\\s*(>=|<|=)\\s*(.+?)\\s*");

    private SegmentFilters() {
    }

    public static List<ColumnFilter> parse(String where) {
        List<ColumnFilter> filters = new ArrayList<>();
        if (where == null || where.isBlank()) {
            return filters;
        }
        int position = 1;
        for (String part : where.split("(?i)\\s+AND\\s+")) {
            Matcher m = CONDITION.matcher(part);
            if (!m.matches()) {
                throw new SegmentException("Condition " + position + " of the filter, `" + part.strip() + "`, is not "
                        + "`column = a|b`, `column >= n` or `column < n`.");
            }
            String column = m.group(1);
            String value = unquote(m.group(3));
            switch (m.group(2)) {
                case "=" -> filters.add(ColumnFilter.oneOf(column, Arrays.stream(value.split("\\|"))
                        .map(String::strip).map(SegmentFilters::unquote).toList()));
                case ">=" -> filters.add(ColumnFilter.range(column, number(value, part), null));
                default -> filters.add(ColumnFilter.range(column, null, number(value, part)));
            }
            position++;
        }
        return filters;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static double number(String value, String part) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new SegmentException("In `" + part.strip() + "`, `" + value + "` is not a number.");
        }
        // NaN compares false with everything and infinities cannot be stored as JSON: refuse them before
        // anything is scored or saved
        if (!Double.isFinite(number)) {
            throw new SegmentException("In `" + part.strip() + "`, `" + value + "` is not a finite number; "
                    + "give a number such as 0.5 or 1200.");
        }
        return number;
    }
}
