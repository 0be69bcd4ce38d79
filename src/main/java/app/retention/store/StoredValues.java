package app.retention.store;

import app.retention.domain.ColumnType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** How a value of each column type sits in a dataset table: the Java type written, and read back. */
final class StoredValues {

    private StoredValues() {
    }

    /**
     * Binds a value of a column type: {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate} or
     * {@code LocalDateTime}, {@code String}; null for missing.
     */
    static void bind(PreparedStatement ps, int index, ColumnType type, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, switch (type) {
                case INTEGER -> Types.BIGINT;
                case DECIMAL -> Types.DOUBLE;
                case BOOLEAN -> Types.BOOLEAN;
                case DATE -> Types.TIMESTAMP;
                case CATEGORY, TEXT -> Types.VARCHAR;
            });
            return;
        }
        switch (type) {
            case INTEGER -> ps.setLong(index, (Long) value);
            case DECIMAL -> ps.setDouble(index, (Double) value);
            case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
            case DATE -> ps.setObject(index, value instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) value);
            case CATEGORY, TEXT -> ps.setString(index, (String) value);
        }
    }

    /** A stored value as the Java type of its column type; null when missing. */
    static Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        Object value = switch (type) {
            case INTEGER -> rs.getLong(index);
            case DECIMAL -> rs.getDouble(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> rs.getObject(index, LocalDateTime.class);
            case CATEGORY, TEXT -> rs.getString(index);
        };
        return rs.wasNull() ? null : value;
    }
}
