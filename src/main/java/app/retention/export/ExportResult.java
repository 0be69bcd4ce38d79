package app.retention.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What was written, for the export log: who exported what, when, and whether personal data was included.
 *
 * @param provenanceFile       the sidecar JSON
 * @param format               {@code csv}, {@code xlsx}, {@code html} or {@code pdf}
 * @param rows                 data rows written (customers), 0 for a brief
 * @param personalDataIncluded true only when the user included personal data and the export has such columns
 * @param personalDataColumns  the export's personal-data columns (masked unless included)
 * @param sha256               checksum of the written file
 */
public record ExportResult(Path file, Path provenanceFile, String format, int rows, boolean personalDataIncluded,
                           List<String> personalDataColumns, String exportedBy, Instant createdAt, String sha256) {

    public ExportResult {
        personalDataColumns = List.copyOf(personalDataColumns);
    }
}
