package app.retention.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a workspace whose last session did not close it cleanly: its contents are written out as SQL and read
 * into a new database file, which then takes the old file's place; the old file is kept in {@code backups/}.
 *
 * <p>Why: H2 2.5.252 recovers a killed database to its last commit, but a file recovered that way can make a
 * later write spin for ever in {@code TransactionMap.set}; we saw it as an upgrade hanging in Flyway's lock on
 * {@code flyway_schema_history}, with H2's own Shell spinning the same way (docs/adr/0009). A file made by
 * {@code RUNSCRIPT} from {@code SCRIPT} holds the same rows and none of the recovered store's state.
 *
 * <p>Every step keeps the workspace whole: the intent is recorded in a marker file first, so a rebuild that is
 * itself interrupted is started again at the next open (H2's close marks the old file clean, so the header alone
 * would not say it); the new file is checked table by table against the old one, then the old file is moved to
 * {@code backups/} and the new one into its place, by renames (the room needed is the new file and the script,
 * not a copy of the old file); a failure before that removes the new files and leaves the old file as it was.
 */
final class Rebuild {

    static final String MARKER = "workspace.rebuilding";
    private static final String SCRIPT = "workspace-rebuild.sql.gz";
    private static final String NEW_DATABASE = "workspace-rebuild";
    /** The new file once it is whole and checked: only renames are left to do. */
    static final String REBUILT = "workspace-rebuilt.mv.db";

    private Rebuild() {
    }

    /** Whether the workspace in {@code dir} needs a rebuild: closed uncleanly, or a rebuild was interrupted. */
    static boolean needed(Path dir) {
        return WorkspaceFile.exists(dir) && (Files.exists(dir.resolve(MARKER)) || !WorkspaceFile.closedCleanly(dir));
    }

    /**
     * Rebuilds the workspace in {@code dir} through {@code connection}, which is open on it (so this process holds
     * the workspace) and which {@code close} closes, with its pool, before the files are swapped.
     *
     * @return the copy of the old file in {@code backups/}
     */
    static Path run(Path dir, Connection connection, Runnable close, String urlSettings) {
        Path script = dir.resolve(SCRIPT);
        Path rebuilt = dir.resolve(NEW_DATABASE + ".mv.db");
        try {
            Files.writeString(dir.resolve(MARKER), "A rebuild of the workspace after an unclean close is under way; "
                    + "the next open starts it again if this file is still here.\n");
            deleteNewFiles(dir);
            Map<String, Long> rows;
            try (Statement st = connection.createStatement()) {
                rows = rowCounts(connection);
                st.execute("SCRIPT TO " + quoted(script) + " COMPRESSION GZIP");
            }
            close.run();
            try (Connection fresh = DriverManager.getConnection(
                    "jdbc:h2:file:" + dir.resolve(NEW_DATABASE) + urlSettings, "sa", "");
                 Statement st = fresh.createStatement()) {
                st.execute("RUNSCRIPT FROM " + quoted(script) + " COMPRESSION GZIP");
                Map<String, Long> copied = rowCounts(fresh);
                if (!copied.equals(rows)) {
                    throw new StoreException("The rebuilt workspace does not hold the same rows as " + dir.resolve(
                            WorkspaceFile.FILE_NAME) + " (" + rows + " before, " + copied + " after), so it was "
                            + "not used; the workspace file is as it was.");
                }
                // written in many small chunks; compacted once here, before anything uses it
                st.execute("SHUTDOWN COMPACT");
            }
            Files.move(rebuilt, dir.resolve(REBUILT), StandardCopyOption.ATOMIC_MOVE);
            Path kept = swap(dir);
            Files.deleteIfExists(script);
            Files.delete(dir.resolve(MARKER));
            return kept;
        } catch (SQLException | IOException e) {
            deleteQuietly(dir);
            String why = e instanceof SQLException sql ? Jdbc.plain(sql) : e.getMessage();
            if (DiskSpace.nearlyFull(dir)) {
                why = "the disk is full";
            }
            throw new StoreException("The workspace " + dir + " was not closed cleanly last time, and rebuilding it "
                    + "failed: " + why + ". Its file was left as it was; the rebuild needs free room of about the "
                    + "size of " + WorkspaceFile.FILE_NAME + " (" + megabytes(dir) + "). Free some space if the disk "
                    + "is full and open it again.", e);
        } catch (RuntimeException e) {
            deleteQuietly(dir);
            throw e;
        }
    }

    /**
     * Finishes a rebuild that was cut short after its new file was whole and checked (renamed to {@link #REBUILT}):
     * the old file goes to {@code backups/} if it is still in place, the new one takes its place. Called first
     * thing at every open, before the workspace file is looked at.
     */
    static void finishInterrupted(Path dir) {
        if (!Files.exists(dir.resolve(REBUILT))) {
            return;
        }
        try {
            swap(dir);
            Files.deleteIfExists(dir.resolve(SCRIPT));
            Files.deleteIfExists(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new StoreException("The workspace " + dir + " was being rebuilt and cannot be finished: "
                    + e.getMessage() + ". Its rebuilt file is " + dir.resolve(REBUILT) + ".", e);
        }
    }

    /**
     * The old file moves to {@code backups/} and the rebuilt one takes its place: two renames, so no room is needed
     * for a copy; cut short between them, {@link #finishInterrupted} does the second. Returns where the old file is.
     */
    private static Path swap(Path dir) throws IOException {
        Path file = dir.resolve(WorkspaceFile.FILE_NAME);
        Path kept = Files.exists(file) ? WorkspaceFile.moveToBackups(dir, file, "unclean") : null;
        Files.move(dir.resolve(REBUILT), file, StandardCopyOption.ATOMIC_MOVE);
        return kept;
    }

    /** Rows per table of the public schema, by table name. */
    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static String megabytes(Path dir) {
        try {
            return DiskSpace.megabytes(Files.size(dir.resolve(WorkspaceFile.FILE_NAME)));
        } catch (IOException e) {
            return "its size";
        }
    }

    private static String quoted(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }

    /** Removes what an interrupted rebuild left; the marker stays until a rebuild finishes. */
    private static void deleteNewFiles(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(SCRIPT));
        Files.deleteIfExists(dir.resolve(NEW_DATABASE + ".mv.db"));
        Files.deleteIfExists(dir.resolve(NEW_DATABASE + ".trace.db"));
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteNewFiles(dir);
        } catch (IOException e) {
            // the next open removes them before it rebuilds again
        }
    }
}
