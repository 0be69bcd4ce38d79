package app.retention.export;

import app.retention.error.WorkbenchException;

/** An export cannot be written as asked; the message says what to change. Nothing was left half-written. */
public class ExportException extends WorkbenchException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
