package app.retention.segment;

import app.retention.error.WorkbenchException;

/** A segment, band, playbook or campaign plan cannot be built as asked; the message says what to change. */
public class SegmentException extends WorkbenchException {
    public SegmentException(String message) {
        super(message);
    }

    public SegmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
