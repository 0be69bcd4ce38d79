package app.retention.model;

import app.retention.error.WorkbenchException;

/** A model cannot be built or evaluated as asked; the message says why in the user's terms. */
public class ModelException extends WorkbenchException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
