package app.retention.task;

/** Observes every task of a runner (the status bar); called on the runner's callback executor. */
@FunctionalInterface
public interface TaskListener {
    void changed(TaskStatus status);
}
