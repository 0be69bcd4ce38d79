package app.retention.ui.common;

/** Where a screen sends a failure that is not shown in place (the status bar). */
@FunctionalInterface
public interface ErrorReporter {
    void report(Throwable failure);

    /**
     * Reports the failure of a named action ("segment export"), so that a later success of the same action can
     * take the error back ({@link #succeeded}).
     */
    default void report(String action, Throwable failure) {
        report(failure);
    }

    /** The named action has now worked: an error it left is no longer current. */
    default void succeeded(String action) {
    }
}
