package app.retention.store;

import app.retention.error.WorkbenchException;

/** A workspace operation failed for a reason the user can act on. */
public class StoreException extends WorkbenchException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
