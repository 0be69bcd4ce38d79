package app.retention.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Work on one connection that is committed whole or rolled back whole. */
final class Transaction {

    /** Statements run inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Transaction() {
    }

    /** Runs {@code work} and commits; any failure rolls back and becomes a StoreException naming {@code what}. */
    static <T> T run(Workspace workspace, String what, Work<T> work) {
        try (Connection c = workspace.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException ex) {
                if (!FailedStore.release(c)) { // a closed store would never return from the rollback
                    c.rollback();
                }
                throw ex;
            }
        } catch (SQLException ex) {
            throw Jdbc.failure(what, ex);
        }
    }

    /** Executes an insert prepared with generated keys and returns the new row's id. */
    static long insert(PreparedStatement ps) throws SQLException {
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
