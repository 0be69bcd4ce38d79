package app.retention.data;

import app.retention.domain.ColumnType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Watches every value of one column during the first pass and keeps only what the type decision needs:
 * which types are still possible, a capped set of distinct values and a few examples. Memory stays bounded
 * whatever the row count.
 */
final class ColumnProfiler {

    /** Distinct values remembered; past this a column is "many-valued" (never a category). */
    static final int DISTINCT_CAP = 10_000;
    private static final int SAMPLE_SIZE = 200;

    private final String name;
    private long present;
    private long missing;
    private boolean maybeInteger = true;
    private boolean maybeDecimal = true;
    private boolean maybeDecimalComma = true;
    private boolean maybeBoolean = true;
    private final Set<String> booleanSpellings = new HashSet<>();
    // first-seen original spelling for each lower-case boolean value, to show data as it was written
    private final Map<String, String> booleanOriginals = new HashMap<>();
    private final List<String> datePatterns = new ArrayList<>(ValueFormats.DATE_PATTERNS);
    private final Map<String, Boolean> distinct = new HashMap<>();
    private boolean distinctOverflow;
    private final List<String> sample = new ArrayList<>();
    /** Grows whenever what {@link #inferType} could say changes (a type ruled out, a spelling or first value seen). */
    private int revision;

    ColumnProfiler(String name) {
        this.name = name;
    }

    void accept(String raw) {
        if (ValueFormats.isMissing(raw)) {
            missing++;
            return;
        }
        String value = raw.strip();
        if (present++ == 0) {
            revision++;
        }
        if (sample.size() < SAMPLE_SIZE) {
            sample.add(value);
        }
        if (!distinctOverflow) {
            if (distinct.put(value, Boolean.TRUE) != null) {
                // Seen before: every check below gave its answer for this value then, and asking again changes nothing.
                return;
            }
            if (distinct.size() > DISTINCT_CAP) {
                distinctOverflow = true;
                distinct.clear();
            }
        }
        if (maybeBoolean) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (booleanSpellings.add(lower)) {
                revision++;
                booleanOriginals.put(lower, value);
                maybeBoolean = booleanSpellings.size() <= 2 && ValueFormats.booleanPair(booleanSpellings) != null;
            }
        }
        boolean integer = ValueFormats.isInteger(value);
        if (maybeInteger && !integer) {
            maybeInteger = false;
            revision++;
        }
        if (integer && (maybeDecimal || maybeDecimalComma) && !ValueFormats.isIntegerExactAsDecimal(value)) {
            // Beyond 2^53: a whole-number column (long) keeps it, a decimal one would not.
            maybeDecimal = false;
            maybeDecimalComma = false;
            revision++;
        }
        if (maybeDecimal && !integer && !ValueFormats.hasDecimalDigits(value)) {
            maybeDecimal = false;
            revision++;
        }
        if (maybeDecimalComma && !integer && !ValueFormats.isDecimalComma(value)) {
            maybeDecimalComma = false;
            revision++;
        }
        if (!datePatterns.isEmpty() && datePatterns.removeIf(p -> !ValueFormats.matchesDate(value, p))) {
            revision++;
        }
    }

    String name() {
        return name;
    }

    /** Changes whenever {@link #inferType} may answer differently than before (not for category versus text). */
    int revision() {
        return revision;
    }

    long present() {
        return present;
    }

    long missing() {
        return missing;
    }

    /** Distinct values seen, or -1 when there were more than {@link #DISTINCT_CAP}. */
    long distinctSeen() {
        return distinctOverflow ? -1 : distinct.size();
    }

    /** Every value seen so far was different from every other (exact below the cap, then among the first ones). */
    boolean looksUnique() {
        return present > 1 && (distinctOverflow || distinct.size() == present);
    }

    List<String> sample() {
        return sample;
    }

    InferredType inferType() {
        if (present == 0) {
            return new InferredType(ColumnType.TEXT, null, null, null);
        }
        if (maybeBoolean) {
            List<String> pair = ValueFormats.booleanPair(booleanSpellings);
            String trueLabel = booleanOriginals.getOrDefault(pair.get(0), capitalize(pair.get(0)));
            String falseLabel = booleanOriginals.getOrDefault(pair.get(1), capitalize(pair.get(1)));
            return new InferredType(ColumnType.BOOLEAN, trueLabel, falseLabel, null);
        }
        if (maybeInteger) {
            return new InferredType(ColumnType.INTEGER, null, null, null);
        }
        if (maybeDecimal) {
            return new InferredType(ColumnType.DECIMAL, null, null, null);
        }
        if (maybeDecimalComma) {
            return new InferredType(ColumnType.DECIMAL, null, null, ValueFormats.DECIMAL_COMMA);
        }
        if (!datePatterns.isEmpty()) {
            return new InferredType(ColumnType.DATE, null, null, datePatterns.get(0));
        }
        long seen = distinctSeen();
        boolean category = seen >= 0 && seen <= 100 && (seen <= 20 || seen <= present / 5);
        return new InferredType(category ? ColumnType.CATEGORY : ColumnType.TEXT, null, null, null);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A type with the details needed to read values back: boolean spellings or a date/decimal format. */
    record InferredType(ColumnType type, String trueLabel, String falseLabel, String format) {
    }
}
