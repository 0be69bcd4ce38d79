package app.retention.task;

import java.util.function.Consumer;

/**
 * Runs long work away from the UI thread with progress, cancel and error reporting.
 * Callbacks and listener events arrive on the runner's callback executor (the UI thread in the app).
 */
public interface TaskRunner extends AutoCloseable {

    /**
     * Starts {@code work}; exactly one of {@code onSuccess} or {@code onFailure} is called when it ends,
     * unless it was cancelled, in which case neither is.
     */
    <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    void addListener(TaskListener listener);

    @Override
    void close();
}
