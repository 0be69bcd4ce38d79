package app.retention.model;

import app.retention.domain.ColumnLabels;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a customer's value of one feature as a reason a person reads on a call list: "52 days since last order",
 * "0 orders in the last 90 days", "NPS 3", "Complaint: Yes". Built from the column's name, so it works on any
 * dataset whose columns have sensible names.
 */
final class ReasonWording {

    private static final Pattern WINDOW = Pattern.compile("(.+)_(\\d+)d");
    /** First words of a yes/no question a 0/1 column answers: "is active member", "has credit card". */
    private static final Set<String> FLAG_WORDS = Set.of("is", "has");

    private ReasonWording() {
    }

    static String numeric(String column, double value) {
        return numeric(column, value, ColumnLabels.humanised());
    }

    /**
     * A numeric reason; a column the user gave a label reads "Label: value" (its name's wording rules no longer
     * apply: the user chose the words), a 0/1 flag "Label: Yes/No" only when the name says it is a flag.
     */
    static String numeric(String column, double value, ColumnLabels labels) {
        if (labels.isGiven(column)) {
            return Double.isNaN(value) ? labels.of(column) + " unknown"
                    : labels.of(column) + ": " + (isFlag(column) && (value == 0 || value == 1)
                    ? (value == 1 ? "Yes" : "No") : number(value));
        }
        String name = column.toLowerCase(Locale.ROOT);
        if (Double.isNaN(value)) {
            return label(column) + " unknown";
        }
        String number = number(value);
        if (name.startsWith("days_since_")) {
            return number + " days since " + words(column.substring("days_since_".length()));
        }
        Matcher window = WINDOW.matcher(name);
        if (window.matches()) {
            String what = words(window.group(1));
            return number + " " + (value == 1 ? singular(what) : what) + " in the last " + window.group(2) + " days";
        }
        List<String> words = List.of(words(column).split(" "));
        boolean flag = words.size() > 1 && FLAG_WORDS.contains(words.get(0)) && (value == 0 || value == 1);
        if (flag) {
            // a 0/1 column named as a question: "Is active member: 1" reads "Active member: No" (finding M16)
            String question = words.get(0).equals("is") ? String.join(" ", words.subList(1, words.size()))
                    : String.join(" ", words);
            return sentence(question) + ": " + (value == 1 ? "Yes" : "No");
        }
        return ColumnLabels.isAcronym(name) ? name.toUpperCase(Locale.ROOT) + " " + number : label(column) + ": " + number;
    }

    /** "1 order", not "1 orders": the last plural word of "orders", "support tickets", "coupons used" loses its s. */
    private static String singular(String words) {
        String[] parts = words.split(" ");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].length() > 2 && parts[i].endsWith("s") && !parts[i].endsWith("ss")) {
                parts[i] = parts[i].substring(0, parts[i].length() - 1);
                return String.join(" ", parts);
            }
        }
        return words;
    }

    static String nominal(String column, String value) {
        return nominal(column, value, ColumnLabels.humanised());
    }

    static String nominal(String column, String value, ColumnLabels labels) {
        String label = labels.isGiven(column) ? labels.of(column) : label(column);
        return value == null ? label + " unknown" : label + ": " + value;
    }

    /** A category the model never saw in training: "App version 5.5.0 is new (not seen in training)". */
    static String unseen(String column, String value, ColumnLabels labels) {
        String label = labels.isGiven(column) ? labels.of(column) : label(column);
        return label + " " + value + " is new (not seen in training)";
    }

    private static boolean isFlag(String column) {
        List<String> words = List.of(words(column).split(" "));
        return words.size() > 1 && FLAG_WORDS.contains(words.get(0));
    }

    /** "NPS", "Age", "Number of products", "Tenure months": an acronym in capitals, anything else as a sentence. */
    private static String label(String column) {
        return ColumnLabels.humanise(column);
    }

    /** Lower-case words, with the usual abbreviations of column names spelled out ("num" → "number"). */
    private static String words(String column) {
        String spaced = column.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
                .strip();
        StringBuilder out = new StringBuilder();
        for (String word : spaced.split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(ColumnLabels.spelledOut(word));
        }
        return out.toString();
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
