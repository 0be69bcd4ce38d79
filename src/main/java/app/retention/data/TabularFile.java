package app.retention.data;

import app.retention.task.TaskContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV, Excel or ARFF file read as text rows, through the same inspection and readers as an import (encoding,
 * delimiter, byte-order mark, workbook limits), without storing it: for files that are matched against the
 * workspace rather than imported, such as a campaign's outcomes. Excel: the sheet with the most rows.
 */
public final class TabularFile implements AutoCloseable {

    /** One data row: the line (or sheet row) it started on and its fields as text, blank fields empty. */
    public record Row(long line, List<String> fields) {
    }

    private final Path file;
    private final TabularReader reader;

    private TabularFile(Path file, TabularReader reader) {
        this.file = file;
        this.reader = reader;
    }

    /**
     * Opens {@code file}; its header is read at once.
     *
     * @throws ImportException when the file is missing, empty, binary or not readable as a table
     */
    public static TabularFile open(Path file) {
        SourceInspection source = SourceInspector.inspect(file, TaskContext.silent());
        try {
            TabularReader reader = switch (source.format()) {
                case CSV -> new CsvTabularReader(source.file(), source.dialect());
                case XLSX -> new XlsxTabularReader(source.file(), XlsxTabularReader.sheets(file).largest());
                case ARFF -> new ArffTabularReader(source.file());
            };
            return new TabularFile(file, reader);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The header's column names, spaces around them removed. */
    public List<String> header() {
        return reader.header().stream().map(String::strip).toList();
    }

    /** The next row, or null at the end. */
    public Row next() {
        try {
            RawRecord record = reader.next();
            if (record == null) {
                return null;
            }
            if (record.problem() != null) {
                throw new ImportException(file.getFileName() + ", line " + record.line() + ": " + record.problem());
            }
            return new Row(record.line(), record.fields());
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new ImportException("Cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
