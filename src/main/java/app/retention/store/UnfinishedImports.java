package app.retention.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What imports that never finished (the process died or was killed) left behind, cleaned up at open (ADR 0008). */
final class UnfinishedImports {

    /** The name prefix of a table a killed import left behind, kept aside. */
    static final String ORPHAN_PREFIX = "ORPHAN_";

    private UnfinishedImports() {
    }

    /**
     * Removes the rows of unfinished imports; returns how many. In a file just rebuilt from its contents
     * ({@code rebuilt}, see {@link Rebuild}) their tables are dropped, with any an earlier open set aside; otherwise
     * they are only set aside.
     */
    static int remove(Workspace workspace, boolean rebuilt) {
        List<String> tables = new ArrayList<>();
        try (Connection c = workspace.connection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM dataset WHERE status = ?")) {
                ps.setString(1, DatasetRepository.IMPORTING);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                if (rebuilt) {
                    tables.addAll(setAside(c));
                }
                for (String table : tables) {
                    // With H2 2.5.252, dropping or truncating a table that a killed process was writing makes the
                    // next open fail ("Map … is closed"), and after some kills corrupts the file for good ("Chunk …
                    // not found"); renaming touches no row of it. A rebuilt file holds none of the killed store.
                    if (exists(c, table)) {
                        st.execute(rebuilt ? "DROP TABLE " + table
                                : "ALTER TABLE " + table + " RENAME TO " + ORPHAN_PREFIX + table);
                    }
                }
                return st.executeUpdate("DELETE FROM dataset WHERE status = '" + DatasetRepository.IMPORTING + "'");
            }
        } catch (SQLException e) {
            throw Jdbc.failure("clean up unfinished imports", e);
        }
    }

    private static List<String> setAside(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", ORPHAN_PREFIX.replace("_", "\\_") + "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
