package app.retention.export;

import java.nio.file.Path;

/**
 * Where an export records its temporary files and itself, so that one killed half-way is finished or undone at the
 * workspace's next open (docs/adr/0009): no temporary file left beside the target, no file that left without an
 * entry in the export log.
 */
interface ExportJournal {

    /** Records nothing: for files written outside a workspace. */
    ExportJournal NONE = new ExportJournal() {
        @Override
        public void staging(Path staged, Path target) {
        }

        @Override
        public void written(ExportResult result, String provenance) {
        }

        @Override
        public void moved() {
        }

        @Override
        public void notMoved() {
        }
    };

    /** {@code staged} is about to be created, to become {@code target}. */
    void staging(Path staged, Path target);

    /**
     * Both files are whole and about to be moved into place: from here on the export counts. Throws to stop it;
     * then nothing is moved.
     */
    void written(ExportResult result, String provenance);

    /** Both files are in place. */
    void moved();

    /** The export counted, but its file could not be moved into place: take it back. */
    void notMoved();

    /**
     * Moves both files into place, recording the export just before: the step every export ends with.
     *
     * @param provenance the sidecar's text, as it is logged
     */
    static void publish(StagedFile data, StagedFile sidecar, ExportResult result, String provenance,
                        ExportJournal journal) {
        journal.written(result, provenance);
        try {
            data.commit();
        } catch (ExportException e) {
            journal.notMoved();
            throw e;
        }
        // a sidecar that cannot follow its file now is moved at the next open, its export being logged
        sidecar.commit();
        journal.moved();
    }
}
