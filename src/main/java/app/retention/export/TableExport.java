package app.retention.export;

import app.retention.text.SpreadsheetSafety;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes segment and call lists as CSV or XLSX, with a sidecar {@code <file>.provenance.json}.
 *
 * <p>Every text cell is formula-safe ({@link SpreadsheetSafety}), personal data is masked unless the options
 * include it, and nothing is ever half-written: both files are written under temporary names in the target's
 * folder, then each is moved into place in one atomic rename. On any failure the temporary files are deleted
 * and an earlier file of the same name stays as it was.
 */
public final class TableExport {

    private TableExport() {
    }

    /**
     * Writes the table as CSV (UTF-8 with byte-order mark, comma-separated) and its provenance sidecar.
     *
     * @throws ExportException when the file cannot be written; nothing was changed
     */
    public static ExportResult writeCsv(ExportTable table, Path target, ExportOptions options, Provenance provenance) {
        return writeCsv(table, target, options, provenance, ExportJournal.NONE);
    }

    static ExportResult writeCsv(ExportTable table, Path target, ExportOptions options, Provenance provenance,
                                 ExportJournal journal) {
        return write(table, target, options, provenance, "csv", journal, (out, facts) ->
                CsvTableWriter.write(table, options.includePersonalData(), out));
    }

    /**
     * Writes the table as XLSX (data sheet and a "Provenance" sheet) and its provenance sidecar.
     *
     * @throws ExportException when the file cannot be written; nothing was changed
     */
    public static ExportResult writeXlsx(ExportTable table, Path target, ExportOptions options, Provenance provenance) {
        return writeXlsx(table, target, options, provenance, ExportJournal.NONE);
    }

    static ExportResult writeXlsx(ExportTable table, Path target, ExportOptions options, Provenance provenance,
                                  ExportJournal journal) {
        return write(table, target, options, provenance, "xlsx", journal, (out, facts) ->
                XlsxTableWriter.write(table, options.includePersonalData(), facts, out));
    }

    /** The sidecar's path: {@code calllist.csv} → {@code calllist.csv.provenance.json}. */
    public static Path provenancePath(Path target) {
        return target.resolveSibling(target.getFileName() + ".provenance.json");
    }

    private interface Body {
        int write(OutputStream out, ExportProvenance facts) throws IOException;
    }

    private static ExportResult write(ExportTable table, Path target, ExportOptions options, Provenance provenance,
                                      String format, ExportJournal journal, Body body) {
        List<String> columns = table.columns().stream().map(ExportColumn::name).toList();
        try (StagedFile data = StagedFile.beside(target, journal);
             StagedFile sidecar = StagedFile.beside(provenancePath(data.target()), journal)) {
            String name = data.target().getFileName().toString();
            // rows are only known once written; the XLSX sheet counts them itself, the sidecar is written after
            int expectedRows = table.rows().size();
            ExportProvenance facts = ExportProvenance.of(provenance, name, format, table.title(), columns, expectedRows,
                    table.personalDataColumns(), options);
            int rows;
            try (OutputStream out = data.open()) {
                rows = body.write(out, facts);
            }
            String sha256 = data.sha256();
            ExportProvenance written = facts.written(rows, sha256);
            String json = written.toJson();
            try (OutputStream out = sidecar.open()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
            ExportResult result = new ExportResult(data.target(), sidecar.target(), format, rows,
                    written.personalDataIncluded(), table.personalDataColumns(), options.exportedBy(),
                    options.createdAt(), sha256);
            ExportJournal.publish(data, sidecar, result, json, journal);
            return result;
        } catch (IOException e) {
            throw StagedFile.failure(target.toAbsolutePath(), e);
        } catch (java.io.UncheckedIOException e) {
            // the CSV writer wraps the I/O failures of the stream it writes to
            throw StagedFile.failure(target.toAbsolutePath(), e.getCause());
        }
    }
}
