package app.retention.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workspace's database file on disk: refused when it is empty or not a workspace (never replaced by a new
 * one), and copied to {@code backups/} before a schema upgrade and after a clean close, so a damaged file can be
 * put back by hand. Copies are made while the database is closed, so each one is whole.
 */
final class WorkspaceFile {

    static final String DATABASE_NAME = "workspace";
    static final String FILE_NAME = DATABASE_NAME + ".mv.db";
    static final String BACKUP_FOLDER = "backups";
    /** Rotated copies kept per kind (on close, before upgrade). */
    static final int KEEP = 2;
    private static final String PART = ".part";
    /** H2's file header is one line in the first block (4 KB). */
    private static final int HEADER_BYTES = 4096;

    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private WorkspaceFile() {
    }

    /** Whether the folder already holds a workspace file (an open then creates nothing new). */
    static boolean exists(Path dir) {
        return Files.exists(dir.resolve(FILE_NAME));
    }

    /**
     * Refuses a workspace file that is empty or not an H2 database, naming it and leaving it untouched: H2 would
     * otherwise start a new, empty workspace in its place and the user's data would look gone.
     */
    static void refuseDamaged(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return;
        }
        byte[] head = new byte[H2_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException("Cannot read the workspace file " + file + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new StoreException("The workspace file " + file + " is empty (0 bytes), so it was left untouched "
                    + "and nothing was opened. " + recovery(dir));
        }
        if (read < head.length || !Arrays.equals(head, H2_HEADER)) {
            throw new StoreException("The workspace file " + file + " is damaged or is not a Retention Workbench "
                    + "workspace, so it was left untouched and nothing was opened. " + recovery(dir));
        }
    }

    /**
     * Whether the database file says it was closed cleanly: H2 writes {@code clean:1} into the file header on a
     * clean close and removes it at the first write after opening. A file without it was open when its process
     * died (killed, a power cut, a failed write), or is open now in another process.
     */
    static boolean closedCleanly(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            throw new StoreException("Cannot read the workspace file " + file + ": " + e.getMessage(), e);
        }
        String header = new String(head, StandardCharsets.ISO_8859_1);
        int end = header.indexOf('\n');
        return Arrays.asList((end < 0 ? header : header.substring(0, end)).split(",")).contains("clean:1");
    }

    private static String recovery(Path dir) {
        Path newest = newestBackup(dir);
        return newest == null
                ? "No backup copy exists yet; move the file away to start a new workspace in " + dir + "."
                : "To recover, copy the backup " + newest + " over it (the newest of " + dir.resolve(BACKUP_FOLDER)
                        + ").";
    }

    /**
     * Copies the closed database file to {@code backups/workspace-<kind>-<time>.mv.db} (through a temporary file,
     * so a copy is whole or absent) and keeps the newest {@link #KEEP} of that kind. Skipped when the newest copy
     * of the kind already has the file's size and time.
     */
    static void backUp(Path dir, String kind) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        Path folder = Files.createDirectories(dir.resolve(BACKUP_FOLDER));
        FileTime modified = Files.getLastModifiedTime(file);
        List<Path> copies = copies(folder, kind);
        if (!copies.isEmpty() && Files.size(copies.get(0)) == Files.size(file)
                && Files.getLastModifiedTime(copies.get(0)).equals(modified)) {
            return;
        }
        Path target = folder.resolve(DATABASE_NAME + "-" + kind + "-" + STAMP.format(Instant.now()) + ".mv.db");
        Path temp = folder.resolve(target.getFileName() + PART);
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temp); // a full disk: no half copy left taking room
            throw e;
        }
        List<Path> all = copies(folder, kind);
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * Moves {@code file} into {@code backups/} as {@code workspace-<kind>-<time>.mv.db} (a rename: no room needed)
     * and keeps the newest {@link #KEEP} of that kind.
     *
     * @return where it now is
     */
    static Path moveToBackups(Path dir, Path file, String kind) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(BACKUP_FOLDER));
        Path target = folder.resolve(DATABASE_NAME + "-" + kind + "-" + STAMP.format(Instant.now()) + ".mv.db");
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        List<Path> all = copies(folder, kind);
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
        return target;
    }

    /**
     * Deletes half-made copies, which a process killed while copying leaves. Called with the database open; a
     * process that closed it a moment ago and is still copying loses its copy, which is then skipped like any copy
     * that cannot be made.
     */
    static void removeHalfCopies(Path dir) {
        Path folder = dir.resolve(BACKUP_FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : files.filter(p -> p.getFileName().toString().endsWith(PART)).toList()) {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            // only room is lost; the copies themselves are whole or absent
        }
    }

    /** The newest copy of any kind, or {@code null}. */
    static Path newestBackup(Path dir) {
        Path folder = dir.resolve(BACKUP_FOLDER);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try {
            return copies(folder, "").stream().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Copies of a kind ("" for all), newest first (the name carries the time). */
    private static List<Path> copies(Path folder, String kind) throws IOException {
        String prefix = DATABASE_NAME + "-" + (kind.isEmpty() ? "" : kind + "-");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(".mv.db"))
                    .sorted(Comparator.comparing((Path p) -> stamp(p)).reversed()).toList();
        }
    }

    private static String stamp(Path copy) {
        String name = copy.getFileName().toString();
        return name.substring(name.length() - "uuuuMMdd-HHmmss-SSS.mv.db".length());
    }
}
