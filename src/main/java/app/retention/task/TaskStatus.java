package app.retention.task;

/** A snapshot of one task as the status bar shows it. */
public record TaskStatus(long id, String title, TaskState state, double fraction, String message) {
}
