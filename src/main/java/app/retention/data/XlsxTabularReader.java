package app.retention.data;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Streams one sheet of an .xlsx workbook (fastexcel's reader: no full workbook in memory). */
final class XlsxTabularReader implements TabularReader {

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private final List<String> header;
    private final long headerLine;
    private final String where;
    private long lastRow;

    XlsxTabularReader(Path file, String sheetName) throws IOException {
        this.where = file.getFileName() + ", sheet `" + sheetName + "`";
        this.workbook = open(file);
        try {
            Sheet sheet = workbook.findSheet(sheetName).orElseThrow(() -> new ImportException(
                    file.getFileName() + " has no sheet named `" + sheetName + "`. Its sheets: "
                            + String.join(", ", sheetNames(workbook)) + "."));
            this.rows = sheet.openStream();
            this.iterator = rows.iterator();
            RawRecord first = next();
            if (first == null) {
                throw new ImportException(file.getFileName() + ", sheet `" + sheetName + "` is empty.");
            }
            this.header = first.fields();
            this.headerLine = first.line();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    private static ReadableWorkbook open(Path file) throws IOException {
        try {
            return new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file.getFileName() + " cannot be read as an Excel workbook: " + e.getMessage(), e);
        }
    }

    /** The workbook's sheets in order, with the one holding most rows: the default to import. */
    static SheetChoice sheets(Path file) throws IOException {
        try (ReadableWorkbook workbook = open(file)) {
            List<String> names = sheetNames(workbook);
            if (names.isEmpty()) {
                throw new ImportException(file.getFileName() + " has no sheet: its workbook lists none. Open it in "
                        + "Excel, put the data on a sheet and save it again, or export the data as CSV.");
            }
            String largest = null;
            long most = -1;
            for (Sheet sheet : workbook.getSheets().toList()) {
                long count;
                try (Stream<Row> rows = sheet.openStream()) {
                    count = rows.count();
                }
                if (count > most) {
                    most = count;
                    largest = sheet.getName();
                }
            }
            return new SheetChoice(names, largest);
        }
    }

    record SheetChoice(List<String> names, String largest) {
    }

    private static List<String> sheetNames(ReadableWorkbook workbook) {
        return workbook.getSheets().map(Sheet::getName).toList();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    /**
     * The next row with a value. Fastexcel stops on a cell it cannot parse with its own exception; it is reported
     * as a damaged file at the row after the last one read ({@link XlsxStructure} refuses the faults known before).
     */
    @Override
    public RawRecord next() {
        try {
            return nextRow();
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportException(where + ", after row " + lastRow + ": the file is damaged and cannot be read "
                    + "further. Save it again from Excel, or export the sheet as CSV.", e);
        }
    }

    private RawRecord nextRow() {
        while (iterator.hasNext()) {
            Row row = iterator.next();
            lastRow = row.getRowNum();
            List<String> fields = new ArrayList<>(row.getCellCount());
            boolean blank = true;
            for (int i = 0; i < row.getCellCount(); i++) {
                String text = cellText(row.getCell(i));
                blank &= text.isBlank();
                fields.add(text);
            }
            if (blank) {
                continue; // like blank lines in a CSV
            }
            if (header != null) {
                // Excel leaves trailing empty cells out; pad so a short row is not mistaken for a ragged one.
                while (fields.size() < header.size()) {
                    fields.add("");
                }
                while (fields.size() > header.size() && fields.get(fields.size() - 1).isBlank()) {
                    fields.remove(fields.size() - 1);
                }
            }
            return new RawRecord(row.getRowNum(), fields);
        }
        return null;
    }

    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY, ERROR -> "";
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case STRING -> cell.asString();
            case NUMBER -> numberText(cell);
            case FORMULA -> Optional.ofNullable(cell.getRawValue()).orElse("");
        };
    }

    private static String numberText(Cell cell) {
        String format = cell.getDataFormatString();
        if (format != null && looksLikeDateFormat(format)) {
            LocalDateTime date = cell.asDate();
            return date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? date.toLocalDate().toString()
                    : date.toString().replace('T', ' ');
        }
        BigDecimal value = cell.asNumber();
        String plain = value.stripTrailingZeros().toPlainString();
        return plain;
    }

    private static boolean looksLikeDateFormat(String format) {
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return !f.equals("general") && (f.contains("yy") || f.contains("dd") || f.contains("mmm")
                || (f.contains("d") && f.contains("m")));
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }
}
