package app.retention.data;

import app.retention.domain.RejectedRow;
import app.retention.text.SpreadsheetSafety;
import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes quarantined rows (line, reason, source text) to a CSV the user can fix the source from. The source text
 * came from outside, so it goes through the same spreadsheet safety as call lists: it never opens as a formula.
 */
public final class RowProblemsCsv {

    private RowProblemsCsv() {
    }

    /** Writes atomically: a temp file beside the target, moved into place when complete. */
    public static void write(Path target, List<RowProblem> problems) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".rejects-", ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CsvWriter csv = CsvWriter.builder().build(writer)) {
                csv.writeRecord("line", "reason", "row");
                for (RowProblem p : problems) {
                    csv.writeRecord(Long.toString(p.line()), SpreadsheetSafety.neutralise(p.reason()),
                            SpreadsheetSafety.neutralise(p.raw()));
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** As {@link #write}, for the rows a dataset keeps in quarantine. */
    public static void writeRejected(Path target, List<RejectedRow> rows) throws IOException {
        write(target, rows.stream().map(r -> new RowProblem(r.line(), r.reason(), r.raw())).toList());
    }
}
