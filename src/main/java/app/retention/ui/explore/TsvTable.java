package app.retention.ui.explore;

import java.util.List;

/**
 * A table as tab-separated text, the format spreadsheets paste into cells. Tabs and line breaks inside a value
 * become spaces so that every value stays in its own cell.
 */
public final class TsvTable {

    private TsvTable() {
    }

    /** A header line, then one line per row; every line ends with a newline. */
    public static String of(List<String> headers, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        appendLine(text, headers);
        for (List<String> row : rows) {
            appendLine(text, row);
        }
        return text.toString();
    }

    private static void appendLine(StringBuilder text, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append('\t');
            }
            String value = values.get(i);
            text.append(value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " "));
        }
        text.append('\n');
    }
}
