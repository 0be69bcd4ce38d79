package app.retention.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** Who exported what, when, and whether personal data left the workspace with it. */
public record ExportLogEntry(long id, OffsetDateTime createdAt, String exportedBy, ExportKind kind, String segmentName,
                             String file, String format, long rows, boolean personalDataIncluded,
                             List<String> personalDataColumns, String sha256, String provenance) {

    public ExportLogEntry {
        personalDataColumns = List.copyOf(personalDataColumns);
    }
}
