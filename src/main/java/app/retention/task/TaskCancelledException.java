package app.retention.task;

/** Thrown inside background work when the user cancelled it; the runner reports it as cancelled, not failed. */
public class TaskCancelledException extends RuntimeException {
    public TaskCancelledException() {
        super("Cancelled");
    }
}
