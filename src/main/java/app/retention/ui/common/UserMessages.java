package app.retention.ui.common;

import app.retention.error.WorkbenchException;

/** Turns a failure into the text a user sees: our own failures as written, anything else as a bug report. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof WorkbenchException) {
            return failure.getMessage();
        }
        // not a failure we planned for: show what it is so it can be reported
        return "Unexpected error (please report it): " + failure.getClass().getName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
