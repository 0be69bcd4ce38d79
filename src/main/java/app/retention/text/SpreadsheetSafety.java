package app.retention.text;

import java.util.regex.Pattern;

/**
 * Keeps exported text from running as a spreadsheet formula (CSV / formula injection, OWASP).
 *
 * <p>Excel, LibreOffice and Google Sheets treat a cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} as a formula, and a leading tab or carriage return can hide such a start. Customer data comes from
 * outside (a name can be {@code =HYPERLINK("http://evil","Click")}), so every text cell that starts with one
 * of those characters, or with their full-width forms, gets a leading apostrophe: spreadsheets show the text
 * as typed and run nothing.
 *
 * <p>A negative number is the one exception: text that is strictly a decimal number ({@code -3.5},
 * {@code -1200}) stays as it is, because a spreadsheet reads it as that number and nothing else. Anything
 * more ({@code -1+2}, {@code -cmd|' /C calc'!A0}, {@code -2e5}) is neutralised. Numbers written as numeric
 * cells in XLSX are never text and need no treatment. A phone number written {@code +55 61 …} is neutralised
 * too: a spreadsheet would otherwise compute it and show an error instead of the number.
 */
public final class SpreadsheetSafety {

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetSafety() {
    }

    /** The text made safe to open in a spreadsheet; null stays null. */
    public static String neutralise(String text) {
        if (text == null || !startsLikeAFormula(text)) {
            return text;
        }
        return "'" + text;
    }

    /** Whether a spreadsheet could read this text as a formula. */
    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        return !NEGATIVE_NUMBER.matcher(text).matches();
    }
}
