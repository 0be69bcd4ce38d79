package app.retention.store;

import app.retention.domain.ExportLogEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

    /** Inserts an entry on {@code c}, inside the caller's transaction (the export journal's); returns its id. */
    static long insert(Connection c, ExportLogEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO export_log (created_at, exported_by, kind, "
                + "segment_name, file, format, rows_written, pii_included, pii_columns, sha256, provenance) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Jdbc.bind(ps, e.createdAt() == null ? OffsetDateTime.now() : e.createdAt(), e.exportedBy(), e.kind(),
                    e.segmentName(), e.file(), e.format(), e.rows(), e.personalDataIncluded(),
                    String.join(",", e.personalDataColumns()), e.sha256(), e.provenance());
            return Transaction.insert(ps);
        }
    }

    /** The export log, newest first. */
    public List<ExportLogEntry> entries() {
        return jdbc.query("read the export log", "SELECT * FROM export_log ORDER BY id DESC", rs -> {
            String pii = rs.getString("pii_columns");
            return new ExportLogEntry(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                    rs.getString("exported_by"), rs.getString("kind"), rs.getString("segment_name"),
                    rs.getString("file"), rs.getString("format"), rs.getLong("rows_written"),
                    rs.getBoolean("pii_included"), pii.isEmpty() ? List.of() : List.of(pii.split(",")),
                    rs.getString("sha256"), rs.getString("provenance"));
        });
    }
}
