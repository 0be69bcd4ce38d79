package app.retention.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's one way to run SQL: a query read row by row into values, an update, work in one transaction. Every
 * failure becomes a {@link StoreException} that says what was being done in the user's words, without H2's SQL
 * text. Repositories call this instead of opening connections and catching SQLException themselves.
 */
final class Jdbc {

    /** Reads the current row of a result into a value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** H2's error code for a write to a database opened read-only. */
    private static final int H2_READ_ONLY = 90097;

    private final Workspace workspace;

    Jdbc(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every row {@code sql} returns, read by {@code row}; {@code what} names the work in a failure's message. */
    <T> List<T> query(String what, String sql, Row<T> row, Object... params) {
        try (Connection c = workspace.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** The first row {@code sql} returns, if any. */
    <T> Optional<T> queryFirst(String what, String sql, Row<T> row, Object... params) {
        try (Connection c = workspace.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs one statement outside a transaction; returns the rows it changed. */
    int update(String what, String sql, Object... params) {
        try (Connection c = workspace.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs {@code work} on one connection, committed whole or rolled back whole. */
    <T> T inTransaction(String what, Transaction.Work<T> work) {
        return Transaction.run(workspace, what, work);
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    /** A database failure in the user's words: "Could not save segment High risk: the workspace file is …". */
    static StoreException failure(String what, SQLException e) {
        return new StoreException("Could not " + what + ": " + plain(e), e);
    }

    /**
     * What went wrong in the database, without H2's SQL text and error codes (they mean nothing to a user and may
     * quote their data).
     */
    static String plain(SQLException e) {
        if (e.getErrorCode() == H2_READ_ONLY) {
            return "the workspace file is read-only; make it writable, or choose another folder with --workspace DIR.";
        }
        String message = e.getMessage() == null ? "database error " + e.getErrorCode() : e.getMessage();
        int sql = message.indexOf("; SQL statement:");
        if (sql >= 0) {
            message = message.substring(0, sql);
        }
        return message.replaceAll("\\s*\\[\\d{5}-\\d+]\\s*$", "").strip();
    }

    static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }
}
