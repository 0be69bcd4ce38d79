package app.retention.export;

import app.retention.text.SpreadsheetSafety;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The last step before a value reaches a file, shared by the CSV and XLSX writers: personal data masked unless
 * included, numbers kept as numbers, every text made formula-safe.
 */
final class CellValues {

    private static final Pattern STRICT_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private CellValues() {
    }

    /**
     * The cell to write: a {@code Double} for a number in a numeric column, a safe {@code String} otherwise, or
     * null for an empty cell.
     */
    static Object prepare(ExportColumn column, Object raw, boolean includePersonalData) {
        if (raw == null) {
            return null;
        }
        if (column.isPersonalData() && !includePersonalData) {
            return SpreadsheetSafety.neutralise(PersonalDataMasking.mask(column.personalData(), text(raw)));
        }
        if (column.kind().isNumeric()) {
            Double number = number(raw);
            if (number != null) {
                return number.isNaN() || number.isInfinite() ? null : number;
            }
        }
        String text = text(raw);
        return text.isEmpty() ? null : SpreadsheetSafety.neutralise(text);
    }

    /** A prepared cell as CSV text: numbers plain, with the column's decimals, never with thousands separators. */
    static String csvText(ExportColumn column, Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return switch (column.kind()) {
                case INTEGER -> BigDecimal.valueOf(d).setScale(0, RoundingMode.HALF_UP).toPlainString();
                case MONEY -> BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString();
                case PROBABILITY -> BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).toPlainString();
                default -> plain(BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP));
            };
        }
        return (String) cell;
    }

    /** Any value as text: booleans as Yes/No, whole numbers without decimals, dates in ISO form. */
    static String text(Object raw) {
        if (raw instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            return Double.isFinite(d) ? plain(BigDecimal.valueOf(d)) : "";
        }
        if (raw instanceof BigDecimal b) {
            return plain(b);
        }
        return raw.toString();
    }

    private static Double number(Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof String s && STRICT_NUMBER.matcher(s.strip()).matches()) {
            return Double.valueOf(s.strip());
        }
        return null;
    }

    private static String plain(BigDecimal b) {
        String s = b.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
