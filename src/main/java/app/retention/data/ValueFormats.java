package app.retention.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spelling rules of values: what counts as missing, a number, a boolean or a date. Inference and
 * conversion both use these, so a column typed by inference always converts without error.
 */
final class ValueFormats {

    /** Date patterns tried in this order; day-first before month-first (the workbench's users are Latin-American). */
    static final List<String> DATE_PATTERNS = List.of(
            "uuuu-MM-dd", "uuuu-MM-dd HH:mm:ss", "uuuu-MM-dd'T'HH:mm:ss", "uuuu-MM-dd HH:mm",
            "uuuu-MM-dd'T'HH:mm", "uuuu/MM/dd", "dd/MM/uuuu", "MM/dd/uuuu", "dd/MM/uuuu HH:mm:ss",
            "dd/MM/uuuu HH:mm", "MM/dd/uuuu HH:mm:ss", "dd-MM-uuuu", "dd.MM.uuuu");

    private static final Map<String, DateTimeFormatter> FORMATTERS = DATE_PATTERNS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(p -> p,
                    p -> DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)));

    /** Spellings of true and false that may form a boolean column, as pairs. */
    static final List<List<String>> BOOLEAN_PAIRS = List.of(
            List.of("yes", "no"), List.of("true", "false"), List.of("y", "n"), List.of("t", "f"),
            List.of("1", "0"), List.of("sim", "não"), List.of("sim", "nao"), List.of("si", "no"), List.of("sí", "no"));

    /** The format label of a decimal column whose values use a comma ("12,50"). */
    static final String DECIMAL_COMMA = "decimal comma";

    private ValueFormats() {
    }

    static boolean isMissing(String raw) {
        return raw == null || raw.isBlank();
    }

    /** Digits with an optional sign, no leading zero (a code like 01310 is text), at most 18 digits. */
    static boolean isInteger(String s) {
        int start = (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        int len = s.length() - start;
        if (len == 0 || len > 18) {
            return false;
        }
        if (len > 1 && s.charAt(start) == '0') {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whole numbers beyond this lose digits as a double (2^53). */
    private static final long LARGEST_EXACT_DOUBLE_INTEGER = 1L << 53;

    /** A double keeps at most 17 significant digits; a value written with more would be changed on storing. */
    private static final int MAX_SIGNIFICANT_DIGITS = 17;

    /**
     * A decimal with a point that a double holds as written: 12.5, -0.25, 1e-3. Not NaN or Infinity, no leading
     * zeros like 007.5, not beyond the largest double (see {@link #isBeyondDecimalRange}), and no more digits than
     * a double keeps: a 20-digit account number is text, never {@code 1.2345678901234567E19}.
     */
    static boolean isDecimal(String s) {
        if (!hasDecimalShape(s)) {
            return false;
        }
        double value = Double.parseDouble(s);
        return Double.isFinite(value) && holdsExactly(s);
    }

    /**
     * Written as a decimal a double holds as written, or too large for one: {@link #isDecimal} or
     * {@link #isBeyondDecimalRange}, in one reading of the number.
     */
    static boolean hasDecimalDigits(String s) {
        return hasDecimalShape(s) && holdsExactly(s);
    }

    /** Written as a decimal, but too large for one ({@code 1e309}): a row to report, not a value to store. */
    static boolean isBeyondDecimalRange(String s) {
        return hasDecimalShape(s) && holdsExactly(s) && Double.isInfinite(Double.parseDouble(s));
    }

    /** A whole number a decimal column can hold exactly (|n| at most 2^53). */
    static boolean isIntegerExactAsDecimal(String s) {
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        return digits.length() < 16 || Long.parseLong(digits) <= LARGEST_EXACT_DOUBLE_INTEGER;
    }

    private static boolean hasDecimalShape(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        if (!digit) {
            return false;
        }
        int start = (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (s.length() > start + 1 && s.charAt(start) == '0' && s.charAt(start + 1) != '.') {
            return false;
        }
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whole numbers up to 2^53, and decimals of at most 17 significant digits. */
    private static boolean holdsExactly(String s) {
        int exponent = Math.max(s.indexOf('e'), s.indexOf('E'));
        String mantissa = exponent < 0 ? s : s.substring(0, exponent);
        boolean whole = exponent < 0 && mantissa.indexOf('.') < 0;
        if (whole) {
            String digits = mantissa.startsWith("+") || mantissa.startsWith("-") ? mantissa.substring(1) : mantissa;
            return digits.length() <= 18 && isIntegerExactAsDecimal(s);
        }
        int significant = 0;
        boolean leading = true;
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c >= '0' && c <= '9') {
                if (c != '0' || !leading) {
                    leading = false;
                    significant++;
                }
            }
        }
        return significant <= MAX_SIGNIFICANT_DIGITS;
    }

    private static final java.util.regex.Pattern DECIMAL_COMMA_VALUE =
            java.util.regex.Pattern.compile("[-+]?(0|[1-9][0-9]{0,17}),[0-9]+");

    /** A decimal written with a comma and no thousands separator: 12,5 or -0,25. */
    static boolean isDecimalComma(String s) {
        return s.indexOf(',') > 0 && DECIMAL_COMMA_VALUE.matcher(s).matches();
    }

    static double parseDecimal(String s, boolean decimalComma) {
        return Double.parseDouble(decimalComma ? s.replace(',', '.') : s);
    }

    /** The date patterns (of {@link #DATE_PATTERNS}) that read {@code s}. */
    static boolean matchesDate(String s, String pattern) {
        if (s.length() < 8 || s.length() > 19 || !Character.isDigit(s.charAt(0))) {
            return false;
        }
        try {
            FORMATTERS.get(pattern).parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Reads a date with the given pattern, or with the first pattern that fits when {@code pattern} is null. */
    static LocalDateTime parseDate(String s, String pattern) {
        if (pattern == null) {
            for (String candidate : DATE_PATTERNS) {
                if (matchesDate(s, candidate)) {
                    return parseDate(s, candidate);
                }
            }
            throw new DateTimeParseException("not a date", s, 0);
        }
        TemporalAccessor parsed = FORMATTERS.get(pattern).parse(s);
        if (pattern.contains("HH")) {
            return LocalDateTime.from(parsed);
        }
        return LocalDate.from(parsed).atStartOfDay();
    }

    /** The pair ({@code [true, false]} spellings, lower case) a set of spellings belongs to, or null. */
    static List<String> booleanPair(java.util.Set<String> lowerCaseValues) {
        for (List<String> pair : BOOLEAN_PAIRS) {
            if (pair.containsAll(lowerCaseValues)) {
                return pair;
            }
        }
        return null;
    }
}
