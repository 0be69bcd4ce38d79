package app.retention.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain aligned text table for terminal output; long cells are cut with an ellipsis. */
final class TextTable {

    private static final int MAX_WIDTH = 40;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header) {
        this.header = header;
    }

    /** A figure to three decimals, as the tables show AUCs and metrics: "0.843". */
    static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    void add(List<String> row) {
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], cell(row, i).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                line.append(String.format("%-" + widths[i] + "s", cell(row, i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String cell(List<String> row, int i) {
        String value = i < row.size() && row.get(i) != null ? row.get(i) : "";
        value = value.replace('\n', ' ').replace('\r', ' ');
        return value.length() > MAX_WIDTH ? value.substring(0, MAX_WIDTH - 1) + "…" : value;
    }
}
