package app.retention.ui.testing;

import app.retention.task.TaskCancelledException;
import app.retention.task.TaskContext;
import app.retention.task.TaskHandle;
import app.retention.task.TaskListener;
import app.retention.task.TaskRunner;
import app.retention.task.Work;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Holds tasks until the test runs them: lets a test finish tasks in the order a slow machine might. */
public final class QueuedTaskRunner implements TaskRunner {

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        long id = ids.incrementAndGet();
        boolean[] state = new boolean[2]; // cancelled, done
        TaskHandle handle = new TaskHandle() {
            @Override
            public long id() {
                return id;
            }

            @Override
            public void cancel() {
                state[0] = true;
            }

            @Override
            public boolean isDone() {
                return state[1];
            }
        };
        queue.add(() -> {
            TaskContext context = new TaskContext() {
                @Override
                public void progress(double fraction, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false; // a slow task that does not look: its answer still arrives late
                }
            };
            try {
                T result = work.run(context);
                state[1] = true;
                onSuccess.accept(result);
            } catch (TaskCancelledException e) {
                state[1] = true;
            } catch (Exception e) {
                state[1] = true;
                onFailure.accept(e);
            }
        });
        return handle;
    }

    /** Runs the queued tasks (and those they submit) in the order given: oldest first or newest first. */
    public void runAll(boolean newestFirst) {
        while (!queue.isEmpty()) {
            (newestFirst ? queue.pollLast() : queue.pollFirst()).run();
        }
    }

    @Override
    public void addListener(TaskListener listener) {
    }

    @Override
    public void close() {
    }
}
