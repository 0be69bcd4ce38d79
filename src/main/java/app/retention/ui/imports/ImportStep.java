package app.retention.ui.imports;

/** Where the import wizard is. */
public enum ImportStep {
    /** No file read yet. */
    CHOOSE_FILE,
    /** Reading the file to propose columns; nothing is written. */
    ANALYZING,
    /** The plan is shown and can be edited. */
    PREVIEW,
    /** Writing the dataset. */
    IMPORTING,
    /** The dataset is in the workspace. */
    DONE;

    public boolean isBusy() {
        return this == ANALYZING || this == IMPORTING;
    }
}
