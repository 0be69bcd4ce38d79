package app.retention.store;

import app.retention.domain.ExportLogEntry;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The temporary files of exports in progress, so that an export killed half-way leaves neither a temporary file
 * nor an export missing from the log (docs/adr/0009). An export records each temporary file here before creating
 * it, writes its files, records itself in the export log (together with its files, in one transaction), moves the
 * files into place and forgets them. The next open finishes an export the log already holds (moves what is still
 * staged) and deletes the temporary files of one it does not.
 */
public final class StagedExports {

    private final Workspace workspace;

    StagedExports(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Records that {@code staged} is about to be written, to be moved to {@code target}; returns its id. */
    public long stage(Path staged, Path target) {
        try (Connection c = workspace.connection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO staged_export (staged, target) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, staged.toString());
            ps.setString(2, target.toString());
            long id = Transaction.insert(ps);
            checkpoint(c);
            return id;
        } catch (SQLException e) {
            throw Jdbc.failure("prepare the export of " + target.getFileName(), e);
        }
    }

    /**
     * Records the export in the log, with its staged files, in one transaction: from now on the export counts, and
     * an open after a crash moves its files into place. Returns the log entry's id.
     */
    public long log(ExportLogEntry entry, List<Long> staged) {
        long id = Transaction.run(workspace, "record the export of " + entry.file(), c -> {
            long logged = ExportLogRepository.insert(c, entry);
            try (PreparedStatement ps = c.prepareStatement("UPDATE staged_export SET export_id = ? WHERE id = ?")) {
                for (long file : staged) {
                    ps.setLong(1, logged);
                    ps.setLong(2, file);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return logged;
        });
        try (Connection c = workspace.connection()) {
            checkpoint(c);
        } catch (SQLException e) {
            throw Jdbc.failure("record the export of " + entry.file(), e);
        }
        return id;
    }

    /**
     * Writes what is committed to the file before a file is created or moved on its strength: a commit alone may
     * still be on its way to the file when the process is killed.
     */
    private static void checkpoint(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }

    /** Forgets staged files that are in place now. */
    public void moved(List<Long> staged) {
        Transaction.run(workspace, "finish an export", c -> forget(c, staged));
    }

    /** Takes back a logged export whose file could not be moved into place: its entry and its staged files. */
    public void notMoved(long exportId, List<Long> staged) {
        Transaction.run(workspace, "take back export " + exportId, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM export_log WHERE id = ?")) {
                ps.setLong(1, exportId);
                ps.executeUpdate();
            }
            return forget(c, staged);
        });
    }

    private static int forget(Connection c, List<Long> staged) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM staged_export WHERE id = ?")) {
            for (long file : staged) {
                ps.setLong(1, file);
                ps.addBatch();
            }
            return ps.executeBatch().length;
        }
    }

    private record Staged(long id, String staged, String target, boolean logged) {
    }

    /**
     * Finishes or undoes the exports a crash interrupted: a staged file of a logged export is moved into place, one
     * of an export that never reached the log is deleted. A file that cannot be moved or deleted now (a folder gone
     * read-only, a disk unplugged) stays recorded for the next open. Returns how many were settled.
     */
    int settleInterrupted() {
        List<Staged> pending = new ArrayList<>();
        try (Connection c = workspace.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, staged, target, export_id FROM staged_export")) {
            while (rs.next()) {
                rs.getLong(4);
                boolean logged = !rs.wasNull();
                pending.add(new Staged(rs.getLong(1), rs.getString(2), rs.getString(3), logged));
            }
        } catch (SQLException e) {
            throw Jdbc.failure("look for interrupted exports", e);
        }
        List<Long> settled = new ArrayList<>();
        for (Staged file : pending) {
            if (settle(file)) {
                settled.add(file.id());
            }
        }
        if (!settled.isEmpty()) {
            moved(settled);
        }
        return settled.size();
    }

    private static boolean settle(Staged file) {
        try {
            Path staged = Path.of(file.staged());
            if (!Files.exists(staged)) {
                return true; // moved into place, or never created
            }
            if (!file.logged()) {
                Files.delete(staged);
                return true;
            }
            Path target = Path.of(file.target());
            try {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (InvalidPathException e) {
            return true; // nothing on this system can be at such a path
        } catch (IOException e) {
            return false;
        }
    }
}
