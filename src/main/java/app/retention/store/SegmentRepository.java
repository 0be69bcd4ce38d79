package app.retention.store;

import app.retention.domain.ExportLogEntry;
import app.retention.domain.SegmentRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Saved segments with their control groups, and the export log. */
public final class SegmentRepository {

    private final Workspace workspace;

    SegmentRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Saves a new segment and its control group in one transaction; a taken name is refused. */
    public long save(SegmentRecord segment) {
        if (find(segment.name()).isPresent()) {
            throw new StoreException("A segment named `" + segment.name() + "` exists already; choose another name.");
        }
        return Transaction.run(workspace, "save segment " + segment.name(), c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment (name, created_at, score_run_id, "
                    + "definition, bands, playbook, control_share, control_seed, value_column, customers) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, segment.name());
                ps.setObject(2, OffsetDateTime.now());
                ps.setLong(3, segment.scoreRunId());
                ps.setString(4, segment.definition());
                ps.setString(5, segment.bands());
                ps.setString(6, segment.playbook());
                ps.setDouble(7, segment.controlShare());
                ps.setLong(8, segment.controlSeed());
                ps.setString(9, segment.valueColumn());
                ps.setLong(10, segment.customers());
                id = Transaction.insert(ps);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO segment_control (segment_id, customer_key) VALUES (?, ?)")) {
                for (String key : segment.controlKeys()) {
                    ps.setLong(1, id);
                    ps.setString(2, key);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return id;
        });
    }

    /** Every segment, newest first (control keys included). */
    public List<SegmentRecord> list() {
        List<SegmentRecord> segments = new ArrayList<>();
        for (String name : names()) {
            find(name).ifPresent(segments::add);
        }
        return segments;
    }

    private List<String> names() {
        try (Connection c = workspace.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM segment ORDER BY id DESC")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException ex) {
            throw DatasetRepository.failure("list the segments", ex);
        }
    }

    /** Whether a segment has this name (spaces around it ignored): one indexed lookup, no control group read. */
    public boolean exists(String typedName) {
        String name = DatasetRepository.lookupName(typedName);
        try (Connection c = workspace.connection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM segment WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException ex) {
            throw DatasetRepository.failure("look up segment " + name, ex);
        }
    }

    /**
     * The segment of that name. Spaces around the name are ignored, as when it was saved (names are stripped on
     * create), so {@code "High risk "} finds {@code High risk} wherever a name is typed.
     */
    public Optional<SegmentRecord> find(String typedName) {
        String name = DatasetRepository.lookupName(typedName);
        try (Connection c = workspace.connection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM segment WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong("id");
                List<String> keys = new ArrayList<>();
                try (PreparedStatement k = c.prepareStatement(
                        "SELECT customer_key FROM segment_control WHERE segment_id = ? ORDER BY customer_key")) {
                    k.setLong(1, id);
                    try (ResultSet ks = k.executeQuery()) {
                        while (ks.next()) {
                            keys.add(ks.getString(1));
                        }
                    }
                }
                return Optional.of(new SegmentRecord(id, rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("name"), rs.getLong("score_run_id"), rs.getString("definition"),
                        rs.getString("bands"), rs.getString("playbook"), rs.getDouble("control_share"), rs.getLong("control_seed"),
                        rs.getString("value_column"), keys, rs.getLong("customers")));
            }
        } catch (SQLException ex) {
            throw DatasetRepository.failure("read segment " + name, ex);
        }
    }

    /** Deletes a segment and its control group; the name is looked up as {@link #find} does. */
    public void delete(String typedName) {
        String name = DatasetRepository.lookupName(typedName);
        try (Connection c = workspace.connection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM segment WHERE name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw DatasetRepository.failure("delete segment " + name, ex);
        }
    }

    /** Records an export; returns its id. */
    public long logExport(ExportLogEntry e) {
        try (Connection c = workspace.connection(); PreparedStatement ps = c.prepareStatement("INSERT INTO export_log "
                + "(created_at, exported_by, kind, segment_name, file, format, rows_written, pii_included, pii_columns, "
                + "sha256, provenance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setObject(1, e.createdAt() == null ? OffsetDateTime.now() : e.createdAt());
            ps.setString(2, e.exportedBy());
            ps.setString(3, e.kind());
            ps.setString(4, e.segmentName());
            ps.setString(5, e.file());
            ps.setString(6, e.format());
            ps.setLong(7, e.rows());
            ps.setBoolean(8, e.personalDataIncluded());
            ps.setString(9, String.join(",", e.personalDataColumns()));
            ps.setString(10, e.sha256());
            ps.setString(11, e.provenance());
            return Transaction.insert(ps);
        } catch (SQLException ex) {
            throw DatasetRepository.failure("record the export of " + e.file(), ex);
        }
    }

    /** The export log, newest first. */
    public List<ExportLogEntry> exports() {
        try (Connection c = workspace.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM export_log ORDER BY id DESC")) {
            List<ExportLogEntry> entries = new ArrayList<>();
            while (rs.next()) {
                String pii = rs.getString("pii_columns");
                entries.add(new ExportLogEntry(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("exported_by"), rs.getString("kind"), rs.getString("segment_name"),
                        rs.getString("file"), rs.getString("format"), rs.getLong("rows_written"),
                        rs.getBoolean("pii_included"), pii.isEmpty() ? List.of() : List.of(pii.split(",")),
                        rs.getString("sha256"), rs.getString("provenance")));
            }
            return entries;
        } catch (SQLException ex) {
            throw DatasetRepository.failure("read the export log", ex);
        }
    }
}
