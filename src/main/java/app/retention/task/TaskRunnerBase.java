package app.retention.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Shared bookkeeping of the two runners: ids, listeners and the life cycle of one task. */
abstract class TaskRunnerBase implements TaskRunner {

    private final AtomicLong ids = new AtomicLong();
    private final List<TaskListener> listeners = new CopyOnWriteArrayList<>();
    private final Executor callbacks;

    TaskRunnerBase(Executor callbacks) {
        this.callbacks = callbacks;
    }

    @Override
    public void addListener(TaskListener listener) {
        listeners.add(listener);
    }

    final <T> RunningTask<T> newTask(String title, Work<T> work, Consumer<? super T> onSuccess,
                                     Consumer<Throwable> onFailure) {
        return new RunningTask<>(ids.incrementAndGet(), title, work, onSuccess, onFailure);
    }

    final class RunningTask<T> implements TaskHandle, TaskContext, Runnable {
        private final long id;
        private final String title;
        private final Work<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private volatile boolean cancelled;
        private volatile boolean done;
        private volatile long lastReport;

        RunningTask(long id, String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            this.id = id;
            this.title = title;
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        @Override
        public void run() {
            publish(new TaskStatus(id, title, TaskState.RUNNING, -1, "Starting"));
            try {
                T result = work.run(this);
                if (cancelled) {
                    finishCancelled();
                    return;
                }
                done = true;
                callbacks.execute(() -> onSuccess.accept(result));
                publish(new TaskStatus(id, title, TaskState.SUCCEEDED, 1, "Done"));
            } catch (TaskCancelledException e) {
                finishCancelled();
            } catch (Exception | Error e) {
                done = true;
                if (cancelled) {
                    finishCancelled();
                    return;
                }
                callbacks.execute(() -> onFailure.accept(e));
                publish(new TaskStatus(id, title, TaskState.FAILED, 1, String.valueOf(e.getMessage())));
            }
        }

        private void finishCancelled() {
            done = true;
            publish(new TaskStatus(id, title, TaskState.CANCELLED, 1, "Cancelled"));
        }

        @Override
        public void progress(double fraction, String message) {
            long now = System.nanoTime();
            // at most ~20 updates a second reach the screen
            if (now - lastReport < 50_000_000L && fraction < 1) {
                return;
            }
            lastReport = now;
            publish(new TaskStatus(id, title, TaskState.RUNNING, fraction, message));
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }

        private void publish(TaskStatus status) {
            if (!listeners.isEmpty()) {
                callbacks.execute(() -> listeners.forEach(l -> l.changed(status)));
            }
        }
    }
}
