package app.retention.ui.common;

import app.retention.task.TaskHandle;
import app.retention.task.TaskState;
import app.retention.task.Work;

import java.util.function.Consumer;

/**
 * One kind of background read on a screen where only the newest request counts (open a dataset, read a page,
 * profile a column): a new request cancels the one under way, and an older request that finishes anyway (its
 * result was already queued for the JavaFX thread when the user clicked again) is dropped, so a slow answer can
 * never overwrite a newer one. Used on the JavaFX thread only, like {@link BackgroundTasks}.
 */
public final class LatestRequest {

    private final BackgroundTasks tasks;
    private TaskHandle pending;
    private long latest;

    public LatestRequest(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /**
     * Cancels the request under way and starts this one. {@code onSuccess} and {@code onFailure} run only while
     * this is still the newest request; {@code onFinished} runs after either, or when the user cancelled it from the
     * status bar (a newer request replacing it does not run it: the newer one finishes instead).
     */
    public <T> void submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                           Runnable onFinished) {
        cancel();
        long request = ++latest;
        pending = tasks.submit(title, work, result -> {
            if (request == latest) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (request == latest) {
                onFailure.accept(failure);
            }
        }, status -> {
            if (status.state() != TaskState.RUNNING && request == latest) {
                onFinished.run();
            }
        });
    }

    /** Like {@link #submit(String, Work, Consumer, Consumer, Runnable)} with nothing to do at the end. */
    public <T> void submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(title, work, onSuccess, onFailure, () -> { });
    }

    /** Cancels the request under way, if any; its result, if it comes anyway, is dropped. */
    public void cancel() {
        latest++;
        if (pending != null && !pending.isDone()) {
            pending.cancel();
        }
        pending = null;
    }

    /** Whether a request is under way. */
    public boolean isRunning() {
        return pending != null && !pending.isDone();
    }
}
