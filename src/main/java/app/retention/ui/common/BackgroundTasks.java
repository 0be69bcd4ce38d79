package app.retention.ui.common;

import app.retention.task.TaskHandle;
import app.retention.task.TaskRunner;
import app.retention.task.TaskState;
import app.retention.task.TaskStatus;
import app.retention.task.Work;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The screens' door to the {@link TaskRunner}: keeps the list of running tasks for the status bar, lets the
 * user cancel any of them, and passes each task's own progress to whoever submitted it.
 * Used on the runner's callback thread only (the JavaFX thread in the app).
 */
public final class BackgroundTasks {

    private final TaskRunner runner;
    private final ObservableList<TaskItem> running = FXCollections.observableArrayList();
    private final Map<Long, TaskHandle> handles = new HashMap<>();
    private final Map<Long, Consumer<TaskStatus>> watchers = new HashMap<>();
    // statuses seen before submit() returned (a synchronous runner reports while it runs)
    private final Map<Long, TaskStatus> early = new HashMap<>();

    public BackgroundTasks(TaskRunner runner) {
        this.runner = runner;
        runner.addListener(this::changed);
    }

    /** Starts work in the background; like {@link TaskRunner#submit} without progress reports. */
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        return submit(title, work, onSuccess, onFailure, status -> { });
    }

    /**
     * Starts work in the background; {@code onStatus} sees every status of this task, the last one
     * being SUCCEEDED, FAILED or CANCELLED.
     */
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                 Consumer<Throwable> onFailure, Consumer<TaskStatus> onStatus) {
        TaskHandle handle = runner.submit(title, work, onSuccess, onFailure);
        TaskStatus seen = early.remove(handle.id());
        if (seen != null) {
            onStatus.accept(seen);
        }
        // A task can be done before its last status has reached this thread (the callback is still queued):
        // the watcher must be registered then too, or that status is kept as "early" and never delivered.
        if (!isFinished(seen)) {
            handles.put(handle.id(), handle);
            watchers.put(handle.id(), onStatus);
        } else {
            running.removeIf(item -> item.id() == handle.id());
        }
        return handle;
    }

    public ObservableList<TaskItem> running() {
        return running;
    }

    /** Asks the task to stop; it ends as CANCELLED at its next check. */
    public void cancel(TaskItem item) {
        TaskHandle handle = handles.get(item.id());
        if (handle != null) {
            handle.cancel();
        }
    }

    private void changed(TaskStatus status) {
        TaskItem item = running.stream().filter(i -> i.id() == status.id()).findFirst().orElse(null);
        if (isFinished(status)) {
            if (item != null) {
                running.remove(item);
            }
            handles.remove(status.id());
            Consumer<TaskStatus> watcher = watchers.remove(status.id());
            if (watcher != null) {
                watcher.accept(status);
            } else {
                early.put(status.id(), status);
            }
            return;
        }
        if (item == null) {
            item = new TaskItem(status.id(), status.title());
            running.add(item);
        }
        item.update(status);
        Consumer<TaskStatus> watcher = watchers.get(status.id());
        if (watcher != null) {
            watcher.accept(status);
        } else {
            early.put(status.id(), status);
        }
    }

    private static boolean isFinished(TaskStatus status) {
        return status != null && status.state() != TaskState.RUNNING;
    }
}
