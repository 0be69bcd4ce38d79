package app.retention.store;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnSpec;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.TallyEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The value tallies of a dataset version, counted while its rows streamed in at import (ADR 0024). */
public final class TallyRepository {

    private final Jdbc jdbc;

    TallyRepository(Workspace workspace) {
        this.jdbc = new Jdbc(workspace);
    }

    /**
     * The value tally of a column stored at import, split by the target named in {@link #tallyTarget}.
     * Target values come back as text ("true", "Yes", "1"). Empty when the column was not tallied.
     */
    public Optional<List<TallyEntry>> tally(DatasetInfo dataset, ColumnInfo column) {
        String sql = "SELECT num_value, text_value, target_value, row_count FROM value_tally "
                + "WHERE dataset_id = ? AND position = ?";
        List<TallyEntry> entries = jdbc.query("read the value counts of " + column.name(), sql, rs -> {
            double num = rs.getDouble(1);
            boolean numNull = rs.wasNull();
            String text = rs.getString(2);
            Object value = switch (column.type()) {
                case INTEGER -> numNull ? null : (Object) (long) num;
                case DECIMAL -> numNull ? null : (Object) num;
                case BOOLEAN -> numNull ? null : (Object) (num == 1);
                case DATE -> text == null ? null : LocalDateTime.parse(text);
                case CATEGORY, TEXT -> text;
            };
            return new TallyEntry(value, rs.getString(3), rs.getLong(4));
        }, dataset.id(), column.position());
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }

    /** The target column the tallies of this version are split by; empty when none was chosen at import. */
    public Optional<String> tallyTarget(DatasetInfo dataset) {
        return jdbc.queryFirst("read " + dataset.reference(), "SELECT tally_target FROM dataset WHERE id = ?",
                rs -> Optional.ofNullable(rs.getString(1)), dataset.id()).flatMap(target -> target);
    }

    /**
     * Stores each column's value tally on an import's connection, in its transaction.
     *
     * @param targetColumn the target the tallies are split by, or null
     * @param tallies      position (1-based) → entries; positions left out are recorded as not tallied
     */
    static void store(Connection connection, long datasetId, List<ColumnSpec> columns, String targetColumn,
                      Map<Integer, List<TallyEntry>> tallies) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO value_tally (dataset_id, position, "
                + "num_value, text_value, target_value, row_count) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement meta = connection.prepareStatement(
                     "UPDATE dataset SET tally_target = ?, untallied = ? WHERE id = ?")) {
            int pending = 0;
            StringBuilder untallied = new StringBuilder();
            for (int position = 1; position <= columns.size(); position++) {
                List<TallyEntry> entries = tallies.get(position);
                if (entries == null) {
                    untallied.append(untallied.length() == 0 ? "" : ",").append(position);
                    continue;
                }
                ColumnType type = columns.get(position - 1).type();
                for (TallyEntry e : entries) {
                    ps.setLong(1, datasetId);
                    ps.setInt(2, position);
                    bindValue(ps, type, e.value());
                    ps.setString(5, e.targetValue() == null ? null : String.valueOf(e.targetValue()));
                    ps.setLong(6, e.count());
                    ps.addBatch();
                    if (++pending == DatasetWriter.BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
            Jdbc.bind(meta, targetColumn, untallied.toString(), datasetId);
            meta.executeUpdate();
        }
    }

    private static void bindValue(PreparedStatement ps, ColumnType type, Object value) throws SQLException {
        ps.setNull(3, Types.DOUBLE);
        ps.setNull(4, Types.VARCHAR);
        if (value == null) {
            return;
        }
        switch (type) {
            case INTEGER -> ps.setDouble(3, (Long) value);
            case DECIMAL -> ps.setDouble(3, (Double) value);
            case BOOLEAN -> ps.setDouble(3, (Boolean) value ? 1 : 0);
            case DATE -> ps.setString(4, value.toString());
            case CATEGORY, TEXT -> ps.setString(4, (String) value);
        }
    }
}
