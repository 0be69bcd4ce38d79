package app.retention.error;

/**
 * A failure the user can act on: its message says what is wrong and where
 * ("Line 1,204, column `TotalCharges`: `abc` is not a number"). Front ends show the message as is.
 */
public class WorkbenchException extends RuntimeException {

    public WorkbenchException(String message) {
        super(message);
    }

    public WorkbenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
