package app.retention.store;

import app.retention.domain.ExportKind;
import app.retention.domain.ExportLogEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

/** The export log: every file that left the workspace, who wrote it, whether personal data went with it. */
public final class ExportLogRepository {

    private final Jdbc jdbc;

    ExportLogRepository(Workspace workspace) {
        this.jdbc = new Jdbc(workspace);
    }

    /** Records an export; returns its id. */
    public long add(ExportLogEntry e) {
        return jdbc.inTransaction("record the export of " + e.file(), c -> insert(c, e));
    }

    /**
     * Records an interrupted export's entry, kept in its journal record, unless the log holds it already (the
     * same file, checksum and time): the open after a crash calls it for every export that had recorded itself.
     */
    void addUnlessPresent(ExportLogEntry e) {
        jdbc.inTransaction("record the interrupted export of " + e.file(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM export_log WHERE file = ? AND sha256 = ? AND created_at = ?")) {
                Jdbc.bind(ps, e.file(), e.sha256(), e.createdAt());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) == 0 ? insert(c, e) : 0L;
                }
            }
        });
    }

    /** Takes an entry out of the log: an export whose file could not be moved into place. */
    void remove(long id) {
        jdbc.update("take back export " + id, "DELETE FROM export_log WHERE id = ?", id);
    }

    private static long insert(Connection c, ExportLogEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO export_log (created_at, exported_by, kind, "
                + "segment_name, file, format, rows_written, pii_included, pii_columns, sha256, provenance) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Jdbc.bind(ps, e.createdAt() == null ? OffsetDateTime.now() : e.createdAt(), e.exportedBy(),
                    e.kind().label(), e.segmentName(), e.file(), e.format(), e.rows(), e.personalDataIncluded(),
                    String.join(",", e.personalDataColumns()), e.sha256(), e.provenance());
            return Transaction.insert(ps);
        }
    }

    /** An entry as text, one value per column in the order of {@link #insert}: how the export journal keeps it. */
    static List<String> toText(ExportLogEntry e) {
        return java.util.Arrays.asList(e.createdAt().toString(), e.exportedBy(), e.kind().label(), e.segmentName(),
                e.file(), e.format(), Long.toString(e.rows()), Boolean.toString(e.personalDataIncluded()),
                String.join(",", e.personalDataColumns()), e.sha256(), e.provenance());
    }

    /** An entry from {@link #toText}. */
    static ExportLogEntry fromText(List<String> v) {
        return new ExportLogEntry(0, OffsetDateTime.parse(v.get(0)), v.get(1), ExportKind.ofLabel(v.get(2)), v.get(3),
                v.get(4), v.get(5), Long.parseLong(v.get(6)), Boolean.parseBoolean(v.get(7)), v.get(8).isEmpty()
                ? List.of() : List.of(v.get(8).split(",")), v.get(9), v.get(10));
    }

    /** The export log, newest first. */
    public List<ExportLogEntry> entries() {
        return jdbc.query("read the export log", "SELECT * FROM export_log ORDER BY id DESC", rs -> {
            String pii = rs.getString("pii_columns");
            return new ExportLogEntry(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                    rs.getString("exported_by"), ExportKind.ofLabel(rs.getString("kind")),
                    rs.getString("segment_name"), rs.getString("file"), rs.getString("format"),
                    rs.getLong("rows_written"), rs.getBoolean("pii_included"),
                    pii.isEmpty() ? List.of() : List.of(pii.split(",")), rs.getString("sha256"), rs.getString("provenance"));
        });
    }
}
