package app.retention.export;

import app.retention.text.SpreadsheetSafety;
import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table as CSV: UTF-8 with a byte-order mark (so Excel reads accents right), comma-separated, CRLF,
 * quotes where needed, a header row, numbers plain ({@code 1234.50}).
 */
final class CsvTableWriter {

    private CsvTableWriter() {
    }

    /** @return data rows written */
    static int write(ExportTable table, boolean includePersonalData, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int rows = 0;
        try (CsvWriter csv = CsvWriter.builder().build(writer)) {
            List<String> header = new ArrayList<>();
            for (ExportColumn column : table.columns()) {
                header.add(SpreadsheetSafety.neutralise(column.name()));
            }
            csv.writeRecord(header);
            for (List<?> row : table.rows()) {
                rows++;
                checkWidth(table, row, rows);
                List<String> fields = new ArrayList<>(row.size());
                for (int c = 0; c < row.size(); c++) {
                    ExportColumn column = table.columns().get(c);
                    fields.add(CellValues.csvText(column, CellValues.prepare(column, row.get(c), includePersonalData)));
                }
                csv.writeRecord(fields);
            }
        }
        return rows;
    }

    static void checkWidth(ExportTable table, List<?> row, int number) {
        if (row.size() != table.columns().size()) {
            throw new IllegalArgumentException("row " + number + " has " + row.size() + " values for "
                    + table.columns().size() + " columns");
        }
    }
}
