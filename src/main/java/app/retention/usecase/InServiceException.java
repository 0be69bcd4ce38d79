package app.retention.usecase;

import app.retention.error.WorkbenchException;

/** A use case, promotion, rollback or monitoring request that cannot be carried out; the message says why. */
public final class InServiceException extends WorkbenchException {

    public InServiceException(String message) {
        super(message);
    }
}
