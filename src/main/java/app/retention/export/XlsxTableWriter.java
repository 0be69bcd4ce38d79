package app.retention.export;

import app.retention.text.SpreadsheetSafety;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table as an XLSX workbook: the data sheet (bold frozen header, filters, numbers as numeric cells with
 * formats, text formula-safe) and a "Provenance" sheet.
 */
final class XlsxTableWriter {

    private static final String HEADER_FILL = "E4E7EB";
    private static final int MAX_WIDTH = 60;

    private XlsxTableWriter() {
    }

    /** @return data rows written */
    static int write(ExportTable table, boolean includePersonalData, ExportProvenance provenance, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Retention Workbench", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
        List<ExportColumn> columns = table.columns();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            String header = SpreadsheetSafety.neutralise(columns.get(c).name());
            sheet.value(0, c, header);
            sheet.style(0, c).bold().fillColor(HEADER_FILL).set();
            widths[c] = header.length();
        }
        int rows = 0;
        for (List<?> row : table.rows()) {
            rows++;
            CsvTableWriter.checkWidth(table, row, rows);
            for (int c = 0; c < row.size(); c++) {
                ExportColumn column = columns.get(c);
                Object cell = CellValues.prepare(column, row.get(c), includePersonalData);
                if (cell instanceof Double d) {
                    sheet.value(rows, c, d);
                    String format = format(column.kind());
                    if (format != null) {
                        sheet.style(rows, c).format(format).set();
                    }
                    widths[c] = Math.max(widths[c], 10);
                } else if (cell instanceof String s) {
                    sheet.value(rows, c, s);
                    widths[c] = Math.max(widths[c], s.length());
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, rows, columns.size() - 1);
        provenanceSheet(workbook.newWorksheet("Provenance"), provenance.sheetFields());
        workbook.finish();
        return rows;
    }

    private static void provenanceSheet(Worksheet sheet, List<String[]> fields) {
        sheet.value(0, 0, "Field");
        sheet.value(0, 1, "Value");
        sheet.style(0, 0).bold().fillColor(HEADER_FILL).set();
        sheet.style(0, 1).bold().fillColor(HEADER_FILL).set();
        int widest = 10;
        for (int i = 0; i < fields.size(); i++) {
            sheet.value(i + 1, 0, SpreadsheetSafety.neutralise(fields.get(i)[0]));
            String value = fields.get(i)[1] == null ? "" : fields.get(i)[1];
            sheet.value(i + 1, 1, SpreadsheetSafety.neutralise(value));
            widest = Math.max(widest, value.length());
        }
        sheet.width(0, 26);
        sheet.width(1, Math.min(100, widest + 2));
    }

    private static String format(ValueKind kind) {
        return switch (kind) {
            case INTEGER -> "#,##0";
            case MONEY -> "#,##0.00";
            case PROBABILITY -> "0.0%";
            default -> null;
        };
    }

    /** Excel's rules: at most 31 characters, none of [ ] : * ? / \. */
    static String sheetName(String title) {
        String cleaned = title == null ? "" : title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Export";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
