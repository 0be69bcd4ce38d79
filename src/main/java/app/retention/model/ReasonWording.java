package app.retention.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a customer's value of one feature as a reason a person reads on a call list: "52 days since last order",
 * "0 orders in the last 90 days", "NPS 3", "Complaint: Yes". Built from the column's name, so it works on any
 * dataset whose columns have sensible names.
 */
final class ReasonWording {

    private static final Pattern WINDOW = Pattern.compile("(.+)_(\\d+)d");

    private ReasonWording() {
    }

    static String numeric(String column, double value) {
        String name = column.toLowerCase(Locale.ROOT);
        if (Double.isNaN(value)) {
            return sentence(words(column)) + " unknown";
        }
        String number = number(value);
        if (name.startsWith("days_since_")) {
            return number + " days since " + words(column.substring("days_since_".length()));
        }
        Matcher window = WINDOW.matcher(name);
        if (window.matches()) {
            return number + " " + words(window.group(1)) + " in the last " + window.group(2) + " days";
        }
        if (column.length() <= 3) {
            return column.toUpperCase(Locale.ROOT) + " " + number;
        }
        return sentence(words(column)) + ": " + number;
    }

    static String nominal(String column, String value) {
        if (value == null) {
            return sentence(words(column)) + " unknown";
        }
        String label = column.length() <= 3 ? column.toUpperCase(Locale.ROOT) : sentence(words(column));
        return label + ": " + value;
    }

    private static String words(String column) {
        return column.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).strip();
    }

    private static String sentence(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.2f", value);
    }
}
