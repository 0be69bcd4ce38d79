package app.retention.export;

import app.retention.domain.ExportKind;
import app.retention.domain.ExportLogEntry;
import app.retention.store.StagedExports;
import app.retention.store.StoreException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One export of a segment, journalled in the workspace ({@link StagedExports}): its temporary files are recorded
 * before they exist, and it enters the export log just before its files are moved into place. No list leaves the
 * workspace without a trace of who exported it, even when the process is killed half-way.
 */
final class LoggedExport implements ExportJournal {

    private final StagedExports staging;
    private final ExportKind kind;
    private final String segmentName;
    private final List<Long> staged = new ArrayList<>();
    private long exportId;

    LoggedExport(StagedExports staging, ExportKind kind, String segmentName) {
        this.staging = staging;
        this.kind = kind;
        this.segmentName = segmentName;
    }

    @Override
    public void staging(Path file, Path target) {
        staged.add(staging.stage(file, target));
    }

    @Override
    public void written(ExportResult result, String provenance) {
        try {
            exportId = staging.log(new ExportLogEntry(0, null, result.exportedBy(), kind, segmentName,
                    result.file().toAbsolutePath().toString(), result.format(), result.rows(),
                    result.personalDataIncluded(), result.personalDataColumns(), result.sha256(), provenance), staged);
        } catch (RuntimeException e) {
            throw new ExportException("Nothing was exported: the workspace's export log could not record the "
                    + kind.label() + " of " + segmentName + ", so " + result.file().getFileName() + " was not written. "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void moved() {
        try {
            staging.moved(staged);
        } catch (StoreException e) {
            // The files are in place and logged; the records of their temporary names only say "settle at the
            // next open", which then finds nothing left to move.
        }
    }

    @Override
    public void notMoved() {
        staging.notMoved(exportId, staged);
    }
}
