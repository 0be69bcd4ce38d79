package app.retention.ui.common;

import app.retention.error.WorkbenchException;

/**
 * Turns a failure into the text a user sees: our own failures as written, anything else as a bug report; and
 * messages written for the terminal into screen text.
 */
public final class UserMessages {

    private UserMessages() {
    }

    /**
     * A message as the screens show it: the CLI's Markdown-style backticks around names ({@code `CreditScore`})
     * dropped (finding m6), so no screen shows a literal backtick.
     */
    public static String plain(String message) {
        return message == null ? null : message.replace("`", "");
    }

    public static String describe(Throwable failure) {
        if (failure instanceof WorkbenchException) {
            return plain(failure.getMessage());
        }
        // not a failure we planned for: show what it is so it can be reported
        return "Unexpected error (please report it): " + failure.getClass().getName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
