package app.retention.data;

import app.retention.error.WorkbenchException;

/** An import that cannot go on; the message names the file and, where known, the line and column. */
public class ImportException extends WorkbenchException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
