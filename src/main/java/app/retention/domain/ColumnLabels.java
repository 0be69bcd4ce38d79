package app.retention.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How columns are named to people: the label a user gave a column, or one humanised from its name
 * ({@code days_since_last_order} → "Days since last order", {@code NumOfProducts} → "Number of products"). Charts,
 * drivers, importance, reasons, exports and briefs all ask here, so a column reads the same everywhere.
 */
public final class ColumnLabels {

    /** The longest label a user may give (the store's limit). */
    public static final int MAX_LENGTH = 200;

    /** Words written in capitals: "NPS", "CLV (R$)" would read wrong in sentence case. */
    private static final Set<String> ACRONYMS = Set.of("nps", "clv", "ltv", "arpu", "mrr", "arr", "aov", "csat",
            "ces", "sms", "gb", "vip", "id", "os", "brl", "usd", "eur", "csm", "cpf", "cep", "ui", "url", "sku");
    /** Abbreviations column names use, spelled out. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("num", "number", "qty", "quantity",
            "cnt", "count", "avg", "average", "amt", "amount", "pct", "percent", "nbr", "number", "cr", "credit");

    private static final ColumnLabels NONE = new ColumnLabels(Map.of());

    private final Map<String, String> given;

    private ColumnLabels(Map<String, String> given) {
        this.given = Map.copyOf(given);
    }

    /** Labels of these columns: the ones users gave; the others humanised. */
    public static ColumnLabels of(List<ColumnInfo> columns) {
        return new ColumnLabels(columns.stream().filter(c -> c.label() != null)
                .collect(Collectors.toMap(ColumnInfo::name, ColumnInfo::label, (a, b) -> a)));
    }

    /** Given labels by column name. */
    public static ColumnLabels given(Map<String, String> labels) {
        return new ColumnLabels(labels);
    }

    /** No given labels: every column humanised. */
    public static ColumnLabels humanised() {
        return NONE;
    }

    /** The column's label: the one given, or its name humanised. */
    public String of(String column) {
        String label = given.get(column);
        return label != null ? label : humanise(column);
    }

    /** Whether a user gave this column a label. */
    public boolean isGiven(String column) {
        return given.containsKey(column);
    }

    /** These labels, with {@code fallback}'s given labels for columns these do not name. */
    public ColumnLabels orElse(ColumnLabels fallback) {
        Map<String, String> merged = new java.util.HashMap<>(fallback.given);
        merged.putAll(given);
        return new ColumnLabels(merged);
    }

    /** Whether a lower-case word of a column name is written in capitals ("nps" → "NPS"). */
    public static boolean isAcronym(String word) {
        return ACRONYMS.contains(word);
    }

    /** A lower-case word of a column name spelled out ("num" → "number"); other words as they are. */
    public static String spelledOut(String word) {
        return ABBREVIATIONS.getOrDefault(word, word);
    }

    /**
     * A label a user typed, checked: trimmed, at most {@link #MAX_LENGTH} characters, one line. Blank means "no
     * label" (the humanised one) and returns null.
     */
    public static String checked(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String trimmed = label.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A column label has at most " + MAX_LENGTH + " characters; this one has "
                    + trimmed.length() + ".");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A column label is one line of text, without tabs or line breaks.");
        }
        return trimmed;
    }

    /**
     * A label as it reads mid-sentence: a first word written as a capitalised word is lowered ("Days since last
     * order" → "days since last order"); an acronym stays ("NPS score", "CLV").
     */
    public static String inSentence(String label) {
        if (label == null || label.length() < 2) {
            return label;
        }
        String first = label.split(" ", 2)[0];
        boolean plainWord = first.length() > 1 && Character.isUpperCase(first.charAt(0))
                && first.substring(1).chars().allMatch(ch -> !Character.isLetter(ch) || Character.isLowerCase(ch));
        return plainWord ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    /**
     * A column name as words: separators and camel case split, usual abbreviations spelled out, acronyms in
     * capitals, the first letter capital. A name with no letters comes back as it is.
     */
    public static String humanise(String column) {
        if (column == null) {
            return "";
        }
        String spaced = column.strip()
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replaceAll("[_\\s.]+", " ")
                .strip();
        StringBuilder out = new StringBuilder();
        for (String word : spaced.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String shown = ACRONYMS.contains(lower) ? lower.toUpperCase(Locale.ROOT)
                    : lower.matches("\\d+d") ? "(" + lower.substring(0, lower.length() - 1) + " days)"
                    : ABBREVIATIONS.getOrDefault(lower, lower);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(shown);
        }
        if (out.length() == 0 || out.chars().noneMatch(Character::isLetter)) {
            return column.strip().isEmpty() ? column : column.strip();
        }
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }
}
