package app.retention.task;

import java.util.function.Consumer;

/** Runs each task at once on the calling thread: view-model tests use it to stay deterministic. */
public final class SynchronousTaskRunner extends TaskRunnerBase {

    public SynchronousTaskRunner() {
        super(Runnable::run);
    }

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        RunningTask<T> task = newTask(title, work, onSuccess, onFailure);
        task.run();
        return task;
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
