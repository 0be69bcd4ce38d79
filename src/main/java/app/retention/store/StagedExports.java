package app.retention.store;

import app.retention.domain.ExportLogEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The temporary files of exports in progress, so that an export killed half-way leaves neither a temporary file
 * nor a file missing from the export log (docs/adr/0009). An export records each temporary file before creating it,
 * writes its files, records itself (its log entry with its files) just before it moves the files into place, and
 * then forgets them. The next open finishes an export that had recorded itself (enters it in the log if it is not
 * there, moves what is still staged) and deletes the temporary files of one that had not.
 *
 * <p>The records are small files in {@code exports-in-progress/} of the workspace folder, each written whole (to a
 * temporary name, forced to the disk, renamed), not rows of the database: H2 2.5.252 lost a committed,
 * checkpointed row in about one kill in 21, so a log entry kept only there could vanish while its file stayed.
 * The record of a logged export is written before its row, so whatever survives a kill, the next open can make
 * the log and the files agree.
 */
public final class StagedExports {

    static final String FOLDER = "exports-in-progress";
    private static final String STAGED = ".staged";
    private static final String LOGGED = ".logged";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final ExportLogRepository log;

    StagedExports(Workspace workspace, ExportLogRepository log) {
        this.workspace = workspace;
        this.log = log;
    }

    /** Records that {@code staged} is about to be written, to be moved to {@code target}; returns its id. */
    public long stage(Path staged, Path target) {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        ObjectNode record = JSON.createObjectNode().put("staged", staged.toString()).put("target", target.toString());
        write(record(id, STAGED), record, "prepare the export of " + target.getFileName());
        return id;
    }

    /**
     * Records the export with its staged files, then enters it in the log: from now on the export counts, and an
     * open after a crash moves its files into place. Returns the log entry's id.
     */
    public long log(ExportLogEntry entry, List<Long> staged) {
        ExportLogEntry timed = entry.createdAt() != null ? entry : new ExportLogEntry(entry.id(),
                OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS), entry.exportedBy(), entry.kind(),
                entry.segmentName(), entry.file(), entry.format(), entry.rows(), entry.personalDataIncluded(),
                entry.personalDataColumns(), entry.sha256(), entry.provenance());
        ObjectNode record = JSON.createObjectNode();
        ArrayNode files = record.putArray("staged");
        staged.forEach(files::add);
        ArrayNode values = record.putArray("entry");
        ExportLogRepository.toText(timed).forEach(values::add);
        Path logged = record(staged.isEmpty() ? ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)
                : staged.get(0), LOGGED);
        write(logged, record, "record the export of " + entry.file());
        try {
            return log.add(timed);
        } catch (RuntimeException e) {
            deleteQuietly(logged);
            throw e;
        }
    }

    /**
     * Forgets staged files that are in place now. The export's record stays until the next open has checked that
     * the log holds its entry: H2 can lose a row committed just before a kill (issue 17), and with the record gone
     * the file would be out with no trace in the log (seen once in 20 killed exports, `CommandCrashTest`).
     */
    public void moved(List<Long> staged) {
        for (long id : staged) {
            deleteQuietly(record(id, STAGED));
        }
    }

    /** Takes back a logged export whose file could not be moved into place: its entry, record and staged files. */
    public void notMoved(long exportId, List<Long> staged) {
        log.remove(exportId);
        for (long id : staged) {
            deleteQuietly(record(id, LOGGED));
            deleteQuietly(record(id, STAGED));
        }
    }

    /**
     * Finishes or undoes the exports a crash interrupted: a logged export is entered in the log if it is missing
     * and its staged files are moved into place; the staged files of an export that never logged itself are
     * deleted. A file that cannot be moved or deleted now (a folder gone read-only, a disk unplugged) stays
     * recorded for the next open. Returns how many files were settled.
     */
    int settleInterrupted() {
        int settled = settleEarlierRecords();
        Path folder = workspace.directory().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return settled;
        }
        try {
            for (Path cutShort : list(folder, ".part")) {
                Files.deleteIfExists(cutShort); // a record killed before its rename: it never counted
            }
            for (Path logged : list(folder, LOGGED)) {
                settled += finish(logged);
            }
            for (Path staged : list(folder, STAGED)) {
                JsonNode record = read(staged);
                if (record == null || settle(record.get("staged").asText(), null)) {
                    Files.deleteIfExists(staged);
                    settled++;
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot settle the exports interrupted in " + folder + ": " + e.getMessage(), e);
        }
        return settled;
    }

    /** Enters a logged export in the log if it is not there and moves its files; returns the files moved. */
    private int finish(Path logged) throws IOException {
        JsonNode record = read(logged);
        if (record == null) {
            Files.deleteIfExists(logged); // cut short before its rename: the export never counted
            return 0;
        }
        List<String> values = new ArrayList<>();
        record.get("entry").forEach(value -> values.add(value.isNull() ? null : value.asText()));
        log.addUnlessPresent(ExportLogRepository.fromText(values));
        int moved = 0;
        boolean all = true;
        for (JsonNode id : record.get("staged")) {
            Path staged = record(id.asLong(), STAGED);
            JsonNode file = read(staged);
            if (file == null) {
                continue; // moved and forgotten before the crash
            }
            if (settle(file.get("staged").asText(), file.get("target").asText())) {
                Files.deleteIfExists(staged);
                moved++;
            } else {
                all = false;
            }
        }
        if (all) {
            Files.deleteIfExists(logged);
        }
        return moved;
    }

    /**
     * Settles a staged file: moved to {@code target}, or deleted when {@code target} is null (its export never
     * counted). Returns false when it cannot be done now.
     */
    private static boolean settle(String stagedName, String targetName) {
        try {
            Path staged = Path.of(stagedName);
            if (!Files.exists(staged)) {
                return true; // moved into place, or never created
            }
            if (targetName == null) {
                Files.delete(staged);
                return true;
            }
            Path target = Path.of(targetName);
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

    /**
     * The exports the release before these files recorded in the {@code staged_export} table (migration V7):
     * settled the same way, once, by an open of this release.
     */
    private int settleEarlierRecords() {
        int settled = 0;
        try (Connection c = workspace.connection(); Statement st = c.createStatement()) {
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT s.staged, s.target, s.export_id FROM staged_export s")) {
                while (rs.next()) {
                    rs.getLong(3);
                    rows.add(new String[]{rs.getString(1), rs.wasNull() ? null : rs.getString(2)});
                }
            }
            for (String[] row : rows) {
                settled += settle(row[0], row[1]) ? 1 : 0;
            }
            if (!rows.isEmpty()) {
                st.executeUpdate("DELETE FROM staged_export");
            }
        } catch (SQLException e) {
            throw Jdbc.failure("look for interrupted exports", e);
        }
        return settled;
    }

    private Path record(long id, String kind) {
        return workspace.directory().resolve(FOLDER).resolve(id + kind);
    }

    /** Writes a record whole: to a temporary name, forced to the disk, renamed, the folder forced too. */
    private static void write(Path file, JsonNode record, String what) {
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(JSON.writeValueAsString(record)
                        .getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                folder.force(true);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException("Cannot " + what + ": the workspace folder cannot be written ("
                    + e.getMessage() + ").", e);
        }
    }

    /** A record, or null when it is missing or was cut short (a kill before its rename leaves only the .part). */
    private static JsonNode read(Path file) {
        try {
            return Files.exists(file) ? JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Path> list(Path folder, String kind) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(kind)).sorted().toList();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next open, which deletes records that are cut short or settled
        }
    }
}
