package app.retention.store;

import app.retention.domain.ColumnSpec;
import app.retention.domain.ColumnType;
import app.retention.domain.SourceInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How a dataset version is laid out in the store: its row in {@code dataset} (IMPORTING until its import commits),
 * one row per column in {@code dataset_column}, and a table {@code DS_<id>} with one SQL column per column, named
 * by position ({@code C1}, {@code C2}, …) so that no name a file brings reaches SQL.
 */
final class DatasetSchema {

    private DatasetSchema() {
    }

    /** Inserts the IMPORTING dataset row and its columns (not committed); returns the dataset's id. */
    static long declare(Connection connection, String name, SourceInfo source, List<ColumnSpec> columns,
                        String targetColumn) throws SQLException {
        int version = nextVersion(connection, name);
        long id;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO dataset (name, version, status, "
                + "table_name, source_path, source_format, source_detail, source_size, sha256, imported_at, "
                + "target_column) VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Jdbc.bind(ps, name, version, DatasetRepository.IMPORTING, source.path(), source.format(),
                    source.detail(), source.size(), source.sha256(), OffsetDateTime.now(), targetColumn);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE dataset SET table_name = ? WHERE id = ?")) {
            Jdbc.bind(ps, tableName(id), id);
            ps.executeUpdate();
        }
        insertColumns(connection, id, columns);
        carryLabels(connection, name, id);
        return id;
    }

    static String tableName(long datasetId) {
        return "DS_" + datasetId;
    }

    static String sqlName(int index) {
        return "C" + (index + 1);
    }

    static String createTableSql(String table, List<ColumnSpec> columns) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table)
                .append(" (row_no BIGINT PRIMARY KEY, source_line BIGINT NOT NULL");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(", ").append(sqlName(i)).append(' ').append(sqlType(columns.get(i).type()));
        }
        return sql.append(')').toString();
    }

    private static int nextVersion(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) FROM dataset WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) + 1;
            }
        }
    }

    /** A new version starts with the labels users gave the same columns in the newest version before it. */
    private static void carryLabels(Connection connection, String name, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE dataset_column c SET label = ("
                + "SELECT p.label FROM dataset_column p JOIN dataset d ON d.id = p.dataset_id WHERE d.name = ? "
                + "AND p.dataset_id <> c.dataset_id AND p.name = c.name AND p.label IS NOT NULL "
                + "ORDER BY d.version DESC FETCH FIRST 1 ROW ONLY) WHERE c.dataset_id = ?")) {
            Jdbc.bind(ps, name, id);
            ps.executeUpdate();
        }
    }

    private static void insertColumns(Connection connection, long id, List<ColumnSpec> columns) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO dataset_column (dataset_id, position, "
                + "name, sql_name, type, role, imported_role, true_label, false_label, format, imported_type) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < columns.size(); i++) {
                ColumnSpec column = columns.get(i);
                Jdbc.bind(ps, id, i + 1, column.name(), sqlName(i), column.type().name(), column.role().name(),
                        column.role().name(), column.trueLabel(), column.falseLabel(), column.format(),
                        column.type().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Whether values of the two types are stored the same way, so a column can change between them unrewritten. */
    static boolean storedAlike(ColumnType a, ColumnType b) {
        return sqlType(a).equals(sqlType(b));
    }

    private static String sqlType(ColumnType type) {
        return switch (type) {
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "TIMESTAMP";
            case CATEGORY, TEXT -> "VARCHAR(1000000)";
        };
    }
}
