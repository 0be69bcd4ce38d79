package app.retention.store;

import app.retention.domain.CustomerValue;
import app.retention.domain.SegmentRanking;
import app.retention.domain.SegmentRecord;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Saved segments with their control groups. */
public final class SegmentRepository {

    private final Workspace workspace;
    private final Jdbc jdbc;

    SegmentRepository(Workspace workspace) {
        this.workspace = workspace;
        this.jdbc = new Jdbc(workspace);
    }

    /** Saves a new segment and its control group in one transaction; a taken name is refused. */
    public long save(SegmentRecord segment) {
        return save(segment, null);
    }

    /**
     * Saves a new segment, its control group and, when it is not ranked by churn risk, its ranking with every
     * customer's predicted uplift (docs/adr/0027), in one transaction; a taken name is refused.
     *
     * @param ranking null for a segment ranked by churn risk
     */
    public long save(SegmentRecord segment, SegmentRanking ranking) {
        if (exists(segment.name())) {
            throw new StoreException("A segment named `" + segment.name() + "` exists already; choose another name.");
        }
        return Transaction.run(workspace, "save segment " + segment.name(), c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment (name, created_at, score_run_id, "
                    + "definition, bands, playbook, control_share, control_seed, value_column, value_currency, "
                    + "value_basis, value_months, customers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, segment.name());
                ps.setObject(2, OffsetDateTime.now());
                ps.setLong(3, segment.scoreRunId());
                ps.setString(4, segment.definition());
                ps.setString(5, segment.bands());
                ps.setString(6, segment.playbook());
                ps.setDouble(7, segment.controlShare());
                ps.setLong(8, segment.controlSeed());
                ps.setString(9, segment.value().column());
                ps.setString(10, segment.value().currency());
                ps.setString(11, segment.value().basis().name());
                ps.setInt(12, segment.value().months());
                ps.setLong(13, segment.customers());
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
            if (ranking != null) {
                saveRanking(c, id, ranking);
            }
            return id;
        });
    }

    private static void saveRanking(java.sql.Connection c, long id, SegmentRanking ranking) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment_ranking (segment_id, uplift_model_id, "
                + "campaign_name) VALUES (?, ?, ?)")) {
            Jdbc.bind(ps, id, ranking.upliftModelId(), ranking.campaignName());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO segment_uplift (segment_id, customer_key, uplift) VALUES (?, ?, ?)")) {
            int batched = 0;
            for (Map.Entry<String, Double> e : ranking.uplift().entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, e.getKey());
                ps.setDouble(3, e.getValue());
                ps.addBatch();
                if (++batched % 10_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** The ranking a segment was saved with, or empty for a segment ranked by churn risk. */
    public Optional<SegmentRanking> ranking(long segmentId) {
        String what = "read the ranking of segment " + segmentId;
        record Head(Long modelId, String campaign) {
        }
        Optional<Head> head = jdbc.queryFirst(what, "SELECT uplift_model_id, campaign_name FROM segment_ranking "
                + "WHERE segment_id = ?", rs -> {
                    long model = rs.getLong(1);
                    return new Head(rs.wasNull() ? null : model, rs.getString(2));
                }, segmentId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> uplift = new HashMap<>();
        jdbc.query(what, "SELECT customer_key, uplift FROM segment_uplift WHERE segment_id = ?",
                u -> uplift.put(u.getString(1), u.getDouble(2)), segmentId);
        return Optional.of(new SegmentRanking(head.get().modelId(), head.get().campaign(), uplift));
    }

    /** Every segment, newest first (control keys included). */
    public List<SegmentRecord> list() {
        // two queries, not one per segment: every control key at once, grouped by segment
        Map<Long, List<String>> keys = new HashMap<>();
        jdbc.query("list the segments", "SELECT segment_id, customer_key FROM segment_control "
                + "ORDER BY segment_id, customer_key", rs -> keys.computeIfAbsent(rs.getLong(1),
                id -> new ArrayList<>()).add(rs.getString(2)));
        return jdbc.query("list the segments", "SELECT * FROM segment ORDER BY id DESC",
                rs -> record(rs, keys.getOrDefault(rs.getLong("id"), List.of())));
    }

    /** Whether a segment has this name (spaces around it ignored): one indexed lookup, no control group read. */
    public boolean exists(String typedName) {
        String name = DatasetRepository.lookupName(typedName);
        return jdbc.queryFirst("look up segment " + name, "SELECT 1 FROM segment WHERE name = ?", rs -> true, name)
                .isPresent();
    }

    /**
     * The segment of that name. Spaces around the name are ignored, as when it was saved (names are stripped on
     * create), so {@code "High risk "} finds {@code High risk} wherever a name is typed.
     */
    public Optional<SegmentRecord> find(String typedName) {
        String name = DatasetRepository.lookupName(typedName);
        String what = "read segment " + name;
        return jdbc.queryFirst(what, "SELECT * FROM segment WHERE name = ?", rs -> record(rs, jdbc.query(what,
                "SELECT customer_key FROM segment_control WHERE segment_id = ? ORDER BY customer_key",
                keys -> keys.getString(1), rs.getLong("id"))), name);
    }

    private static SegmentRecord record(ResultSet rs, List<String> controlKeys) throws SQLException {
        return new SegmentRecord(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("name"), rs.getLong("score_run_id"), rs.getString("definition"), rs.getString("bands"),
                rs.getString("playbook"), rs.getDouble("control_share"), rs.getLong("control_seed"),
                value(rs), controlKeys, rs.getLong("customers"));
    }

    private static CustomerValue value(ResultSet rs) throws SQLException {
        String column = rs.getString("value_column");
        return column == null ? CustomerValue.NONE : new CustomerValue(column, rs.getString("value_currency"),
                CustomerValue.Basis.parse(rs.getString("value_basis")), rs.getInt("value_months"));
    }

    /** Renames a segment (the caller has checked that the new name is free); looked up as {@link #find} does. */
    public void rename(String typedName, String newName) {
        String name = DatasetRepository.lookupName(typedName);
        jdbc.update("rename segment " + name, "UPDATE segment SET name = ? WHERE name = ?", newName, name);
    }

    /** Deletes a segment and its control group; the name is looked up as {@link #find} does. */
    public void delete(String typedName) {
        String name = DatasetRepository.lookupName(typedName);
        jdbc.update("delete segment " + name, "DELETE FROM segment WHERE name = ?", name);
    }
}
