package app.retention.ui.common;

/** Where a screen sends a failure that is not shown in place (the status bar). */
@FunctionalInterface
public interface ErrorReporter {
    void report(Throwable failure);
}
