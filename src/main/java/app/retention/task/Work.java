package app.retention.task;

/** A unit of background work producing a value. */
@FunctionalInterface
public interface Work<T> {
    T run(TaskContext context) throws Exception;
}
