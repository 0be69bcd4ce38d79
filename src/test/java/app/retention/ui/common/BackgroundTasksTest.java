package app.retention.ui.common;

import app.retention.task.CallbackQueue;
import app.retention.task.PooledTaskRunner;
import app.retention.task.SynchronousTaskRunner;
import app.retention.task.TaskHandle;
import app.retention.task.TaskState;
import app.retention.task.TaskStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The status bar's list of running tasks and each submitter's own status feed, without a toolkit: the test
 * thread runs the runner's callbacks as the JavaFX thread does. Latches pace the work; nothing sleeps.
 */
class BackgroundTasksTest {

    private final List<Object> results = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(60, TimeUnit.SECONDS)).as("reached within 60 s").isTrue();
    }

    private static boolean ended(List<TaskStatus> seen) {
        return !seen.isEmpty() && seen.get(seen.size() - 1).state() != TaskState.RUNNING;
    }

    @Test
    void aTaskThatEndedBeforeSubmitReturnedIsNotListedAndItsSubmitterStillSeesTheEnd() {
        BackgroundTasks tasks = new BackgroundTasks(new SynchronousTaskRunner());
        List<TaskStatus> seen = new ArrayList<>();

        TaskHandle handle = tasks.submit("Profile", ctx -> "profile", results::add, failures::add, seen::add);

        assertThat(tasks.running()).isEmpty();
        assertThat(seen).extracting(TaskStatus::id, TaskStatus::state)
                .containsExactly(tuple(handle.id(), TaskState.SUCCEEDED));
        assertThat(results).containsExactly("profile");
    }

    @Test
    void anEarlyStatusOfOneTaskIsNotHandedToTheNextTasksSubmitter() {
        BackgroundTasks tasks = new BackgroundTasks(new SynchronousTaskRunner());
        List<TaskStatus> first = new ArrayList<>();
        List<TaskStatus> second = new ArrayList<>();

        TaskHandle a = tasks.submit("First", ctx -> 1, results::add, failures::add, first::add);
        TaskHandle b = tasks.submit("Second", ctx -> {
            throw new IllegalStateException("no target column");
        }, results::add, failures::add, second::add);

        assertThat(first).extracting(TaskStatus::id).containsOnly(a.id());
        assertThat(second).extracting(TaskStatus::id, TaskStatus::state, TaskStatus::message)
                .containsExactly(tuple(b.id(), TaskState.FAILED, "no target column"));
        assertThat(tasks.running()).isEmpty();
    }

    @Test
    void aRunningTaskIsListedWithItsLatestProgressAndLeavesTheListWhenItSucceeds() throws Exception {
        CallbackQueue callbacks = new CallbackQueue();
        try (PooledTaskRunner runner = new PooledTaskRunner(1, callbacks)) {
            BackgroundTasks tasks = new BackgroundTasks(runner);
            List<TaskStatus> seen = new ArrayList<>();
            CountDownLatch reported = new CountDownLatch(1);
            CountDownLatch looked = new CountDownLatch(1);

            tasks.submit("Import telco.csv", ctx -> {
                ctx.progress(0.4, "Read 2,800 rows");
                reported.countDown();
                await(looked);
                return 7043;
            }, results::add, failures::add, seen::add);
            await(reported);
            callbacks.runUntil(() -> seen.stream().anyMatch(s -> s.fraction() == 0.4));

            assertThat(tasks.running()).singleElement().satisfies(item -> {
                assertThat(item.title()).isEqualTo("Import telco.csv");
                assertThat(item.progressProperty().get()).isEqualTo(0.4);
                assertThat(item.messageProperty().get()).isEqualTo("Read 2,800 rows");
            });
            looked.countDown();
            callbacks.runUntil(() -> ended(seen));

            assertThat(tasks.running()).isEmpty();
            assertThat(seen).last().extracting(TaskStatus::state).isEqualTo(TaskState.SUCCEEDED);
            assertThat(results).containsExactly(7043);
        }
    }

    @Test
    void cancellingAListedTaskEndsItAsCancelledAndTakesItOffTheList() throws Exception {
        CallbackQueue callbacks = new CallbackQueue();
        try (PooledTaskRunner runner = new PooledTaskRunner(1, callbacks)) {
            BackgroundTasks tasks = new BackgroundTasks(runner);
            List<TaskStatus> seen = new ArrayList<>();
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch cancelAsked = new CountDownLatch(1);

            tasks.submit("Train 3 models", ctx -> {
                started.countDown();
                await(cancelAsked);
                ctx.checkCancelled();
                return "models";
            }, results::add, failures::add, seen::add);
            await(started);
            callbacks.runUntil(() -> !tasks.running().isEmpty());
            tasks.cancel(tasks.running().get(0));
            cancelAsked.countDown();
            callbacks.runUntil(() -> ended(seen));

            assertThat(seen).last().extracting(TaskStatus::state).isEqualTo(TaskState.CANCELLED);
            assertThat(tasks.running()).isEmpty();
            assertThat(results).isEmpty();
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void eachSubmitterSeesOnlyItsOwnTasksStatuses() throws Exception {
        CallbackQueue callbacks = new CallbackQueue();
        try (PooledTaskRunner runner = new PooledTaskRunner(2, callbacks)) {
            BackgroundTasks tasks = new BackgroundTasks(runner);
            List<TaskStatus> scoring = new ArrayList<>();
            List<TaskStatus> training = new ArrayList<>();

            TaskHandle score = tasks.submit("Score", ctx -> {
                ctx.progress(1, "Scored 100 customers");
                return "scores";
            }, results::add, failures::add, scoring::add);
            TaskHandle train = tasks.submit("Train", ctx -> {
                throw new IllegalArgumentException("Random forest: trees must be at least 1");
            }, results::add, failures::add, training::add);
            callbacks.runUntil(() -> ended(scoring) && ended(training));

            assertThat(scoring).isNotEmpty().allMatch(s -> s.id() == score.id());
            assertThat(training).isNotEmpty().allMatch(s -> s.id() == train.id());
            assertThat(scoring).extracting(TaskStatus::message).contains("Scored 100 customers").endsWith("Done");
            assertThat(training).last().extracting(TaskStatus::state).isEqualTo(TaskState.FAILED);
            assertThat(failures).singleElement().extracting(Throwable::getMessage)
                    .isEqualTo("Random forest: trees must be at least 1");
            assertThat(tasks.running()).isEmpty();
        }
    }
}
