package app.retention.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * A file written beside its target under a temporary name and moved into place in one atomic rename, so a
 * reader never sees half a file and a failed export leaves any earlier file untouched. Closing a file that was
 * not committed deletes it.
 */
final class StagedFile implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temp;
    private boolean committed;

    private StagedFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Checks the target's folder and creates the temporary file in it. */
    static StagedFile beside(Path target) {
        return beside(target, ExportJournal.NONE);
    }

    /** Checks the target's folder and creates the temporary file in it, recorded in {@code journal} first. */
    static StagedFile beside(Path target, ExportJournal journal) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new ExportException("Cannot export to " + absolute + ": it is a folder; give a file name such as "
                    + "calllist.csv.");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            // the rename would replace it all the same where the folder is writable: a read-only file means keep it
            throw new ExportException("Cannot export to " + absolute + ": the file is read-only, so it cannot be "
                    + "written. Choose another file name, or make it writable.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("Cannot export to " + absolute + ": the folder " + folder + " does not exist.");
        }
        try {
            // createFile, not createTempFile: the export gets the folder's usual permissions, not owner-only ones
            Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + ".part");
            journal.staging(temp, absolute);
            return new StagedFile(absolute, Files.createFile(temp));
        } catch (AccessDeniedException e) {
            throw new ExportException("Cannot export to " + absolute + ": no permission to write in " + folder + ".", e);
        } catch (IOException e) {
            throw failure(absolute, e);
        }
    }

    Path target() {
        return target;
    }

    OutputStream open() throws IOException {
        return Files.newOutputStream(temp);
    }

    /** SHA-256 of what was written so far. */
    String sha256() throws IOException {
        return Checksums.sha256(temp);
    }

    /** Moves the file into place, replacing an earlier one in a single rename. */
    void commit() {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the export already failed for a reason the user is told; a stray temp file is secondary
                temp.toFile().deleteOnExit();
            }
        }
    }

    /** Whether the failure is the disk filling up: said so by the system, or almost no space left there. */
    private static boolean diskFull(Path target, IOException e) {
        if (String.valueOf(e.getMessage()).contains("No space left on device")) {
            return true;
        }
        try {
            Path folder = target.getParent();
            return folder != null && Files.getFileStore(folder).getUsableSpace() < (1L << 20);
        } catch (IOException unknown) {
            return false;
        }
    }

    /** An I/O failure in words, saying that nothing was changed. */
    static ExportException failure(Path target, IOException e) {
        if (diskFull(target, e)) {
            return new ExportException("Could not write " + target + ": the disk is full. Nothing was written and "
                    + "any earlier file is unchanged; free some space or choose another location.", e);
        }
        String reason = e.getMessage() == null ? "an input/output error" : e.getMessage();
        return new ExportException("Could not write " + target + " (" + reason + "); nothing was written and any "
                + "earlier file is unchanged.", e);
    }
}
