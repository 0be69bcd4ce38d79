package app.retention.task;

/** A submitted task: lets its submitter cancel it. */
public interface TaskHandle {
    long id();

    void cancel();

    boolean isDone();
}
