package app.retention.store;

import app.retention.domain.SourceInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Free space on the disk that holds a workspace. H2 does not stop cleanly when the disk fills in the middle of a
 * write (its store closes, and a rollback on close can spin), so an import first checks that its rows will fit,
 * and a write that fails on a full disk says so instead of passing on H2's text.
 */
final class DiskSpace {

    /** Room kept for H2's own bookkeeping and the transaction's undo log. */
    static final long MARGIN = 64L << 20;
    /** Below this, a failed write is taken to be the disk filling up. */
    static final long NEARLY_FULL = 16L << 20;
    /** A CSV or ARFF file takes about 3.5 times its size in the workspace (300,000 rows: 9.9 MB → 35 MB). */
    static final int TEXT_FACTOR = 4;
    /** A workbook is compressed XML: its rows take far more room than the file. */
    static final int WORKBOOK_FACTOR = 40;

    private DiskSpace() {
    }

    /** Refuses an import whose rows would not fit, before anything is written. */
    static void requireRoomForImport(Path dir, SourceInfo source) {
        long factor = "XLSX".equals(source.format()) ? WORKBOOK_FACTOR : TEXT_FACTOR;
        long needed = source.size() * factor + MARGIN;
        long free = usable(dir);
        if (free >= 0 && free < needed) {
            throw new StoreException("There is not enough free space to import " + Path.of(source.path())
                    .getFileName() + ": about " + megabytes(needed) + " is needed in " + dir + ", and "
                    + megabytes(free) + " is free. Nothing was imported; free some space or choose another "
                    + "workspace folder with --workspace DIR.");
        }
    }

    /** Whether the disk holding {@code dir} is (nearly) full: a failed write there is taken to be for that. */
    static boolean nearlyFull(Path dir) {
        long free = usable(dir);
        return free >= 0 && free < NEARLY_FULL;
    }

    /** A store failure, said plainly when the disk is (nearly) full. */
    static StoreException failure(Path dir, String what, SQLException e) {
        long free = usable(dir);
        if (free >= 0 && free < NEARLY_FULL) {
            return new StoreException("The disk holding the workspace " + dir + " is full (" + megabytes(free)
                    + " free), so Retention Workbench could not " + what + ". Nothing was kept; free some space "
                    + "and try again.", e);
        }
        return Jdbc.failure(what, e);
    }

    private static long usable(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1; // unknown: let the write itself decide
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%,d MB", bytes >> 20);
    }
}
