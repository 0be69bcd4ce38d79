package app.retention.task;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The pooled runner's contract: work runs off the caller's thread, exactly one callback (none when cancelled)
 * and every status arrive through the callback executor, in order. Latches pace the work; nothing sleeps.
 */
class PooledTaskRunnerTest {

    private static final long GIVE_UP_SECONDS = 60;

    private final CallbackQueue callbacks = new CallbackQueue();
    private final PooledTaskRunner runner = new PooledTaskRunner(1, callbacks);
    private final List<TaskStatus> statuses = new ArrayList<>();
    private final List<Object> results = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    PooledTaskRunnerTest() {
        runner.addListener(statuses::add);
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private boolean ended(TaskHandle handle) {
        return statuses.stream().anyMatch(s -> s.id() == handle.id() && s.state() != TaskState.RUNNING);
    }

    private List<TaskStatus> statusesOf(TaskHandle handle) {
        return statuses.stream().filter(s -> s.id() == handle.id()).toList();
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)).as("reached within " + GIVE_UP_SECONDS + " s")
                .isTrue();
    }

    @Test
    void aCancelledTaskStopsAtItsNextCheckAndIsReportedCancelledWithNeitherCallback() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelAsked = new CountDownLatch(1);
        AtomicBoolean passedTheCheck = new AtomicBoolean();
        TaskHandle handle = runner.submit("Long work", ctx -> {
            started.countDown();
            await(cancelAsked);
            ctx.checkCancelled();
            passedTheCheck.set(true);
            return "finished";
        }, results::add, failures::add);

        await(started);
        assertThat(handle.isDone()).isFalse();
        handle.cancel();
        cancelAsked.countDown();
        callbacks.runUntil(() -> ended(handle));

        assertThat(passedTheCheck).as("work went on after the check").isFalse();
        assertThat(statusesOf(handle)).last().extracting(TaskStatus::state, TaskStatus::message)
                .containsExactly(TaskState.CANCELLED, "Cancelled");
        assertThat(handle.isDone()).isTrue();
        assertThat(results).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void workThatIgnoresTheCancelAndFinishesAnywayHasItsResultDiscarded() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelAsked = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        TaskHandle handle = runner.submit("Deaf work", ctx -> {
            started.countDown();
            await(cancelAsked);
            sawCancel.set(ctx.isCancelled());
            return "stale answer";
        }, results::add, failures::add);

        await(started);
        handle.cancel();
        cancelAsked.countDown();
        callbacks.runUntil(() -> ended(handle));

        assertThat(sawCancel).as("the context tells the work it was cancelled").isTrue();
        assertThat(statusesOf(handle)).last().extracting(TaskStatus::state).isEqualTo(TaskState.CANCELLED);
        assertThat(results).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void anErrorThrownAfterTheCancelIsReportedCancelledNotFailed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelAsked = new CountDownLatch(1);
        TaskHandle handle = runner.submit("Interrupted I/O", ctx -> {
            started.countDown();
            await(cancelAsked);
            throw new IOException("stream closed");
        }, results::add, failures::add);

        await(started);
        handle.cancel();
        cancelAsked.countDown();
        callbacks.runUntil(() -> ended(handle));

        assertThat(statusesOf(handle)).last().extracting(TaskStatus::state).isEqualTo(TaskState.CANCELLED);
        assertThat(failures).isEmpty();
    }

    @Test
    void theWorksExceptionReachesTheCallerAsItWasThrownAndTheStatusSaysFailedWithItsMessage() throws Exception {
        IllegalStateException thrown = new IllegalStateException("Row 12: `abc` is not a number");
        TaskHandle handle = runner.submit("Import", ctx -> {
            throw thrown;
        }, results::add, failures::add);

        callbacks.runUntil(() -> ended(handle));

        assertThat(failures).containsExactly(thrown);
        assertThat(results).isEmpty();
        assertThat(statusesOf(handle)).last().extracting(TaskStatus::state, TaskStatus::message)
                .containsExactly(TaskState.FAILED, "Row 12: `abc` is not a number");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void anErrorInTheWorkReachesTheCallerAndTheWorkerGoesOnToTheNextTask() throws Exception {
        AssertionError broken = new AssertionError("broken invariant");
        TaskHandle first = runner.submit("Broken", ctx -> {
            throw broken;
        }, results::add, failures::add);
        TaskHandle second = runner.submit("Next", ctx -> "next ran", results::add, failures::add);

        callbacks.runUntil(() -> ended(first) && ended(second));

        assertThat(failures).containsExactly(broken);
        assertThat(results).containsExactly("next ran");
        assertThat(statusesOf(first)).last().extracting(TaskStatus::state).isEqualTo(TaskState.FAILED);
        assertThat(statusesOf(second)).last().extracting(TaskStatus::state).isEqualTo(TaskState.SUCCEEDED);
    }

    @Test
    void workRunsOffTheCallersThreadAndItsResultIsHandedToTheCallbackExecutor() throws Exception {
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicReference<Thread> callback = new AtomicReference<>();
        TaskHandle handle = runner.submit("Where", ctx -> {
            worker.set(Thread.currentThread());
            return 42;
        }, result -> {
            callback.set(Thread.currentThread());
            results.add(result);
        }, failures::add);

        callbacks.runUntil(() -> ended(handle));

        assertThat(worker.get()).isNotSameAs(Thread.currentThread());
        assertThat(worker.get().getName()).startsWith("workbench-task-");
        assertThat(worker.get().isDaemon()).as("a running task never keeps the app from exiting").isTrue();
        assertThat(callback.get()).isSameAs(Thread.currentThread());
        assertThat(results).containsExactly(42);
    }

    @Test
    void tasksOnOneThreadRunInTheOrderSubmittedAndEachHasItsOwnId() throws Exception {
        List<String> ran = new ArrayList<>(); // written by the one worker, read after the last status
        CountDownLatch hold = new CountDownLatch(1);
        TaskHandle a = runner.submit("A", ctx -> {
            await(hold); // the others queue up behind A
            ran.add("A");
            return "A";
        }, results::add, failures::add);
        TaskHandle b = runner.submit("B", ctx -> {
            ran.add("B");
            return "B";
        }, results::add, failures::add);
        TaskHandle c = runner.submit("C", ctx -> {
            ran.add("C");
            return "C";
        }, results::add, failures::add);
        hold.countDown();

        callbacks.runUntil(() -> ended(a) && ended(b) && ended(c));

        assertThat(ran).containsExactly("A", "B", "C");
        assertThat(results).containsExactly("A", "B", "C");
        assertThat(List.of(a.id(), b.id(), c.id())).doesNotHaveDuplicates();
        assertThat(statuses).filteredOn(s -> s.state() == TaskState.SUCCEEDED).extracting(TaskStatus::title)
                .containsExactly("A", "B", "C");
    }

    @Test
    void theResultIsDeliveredBeforeTheStatusSaysSucceeded() throws Exception {
        List<String> events = new ArrayList<>();
        runner.addListener(s -> events.add(s.state() + " " + s.message()));
        TaskHandle handle = runner.submit("Score", ctx -> "scores", r -> events.add("result " + r), failures::add);

        callbacks.runUntil(() -> ended(handle));

        assertThat(events).containsExactly("RUNNING Starting", "result scores", "SUCCEEDED Done");
        assertThat(statusesOf(handle)).allMatch(s -> s.title().equals("Score"));
    }

    @Test
    void progressReachesTheListenersInOrderAndTheLastStepAlwaysArrives() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch seen = new CountDownLatch(1);
        TaskHandle handle = runner.submit("Train", ctx -> {
            ctx.progress(0.25, "Fold 1 of 4");
            reported.countDown();
            await(seen);
            ctx.progress(1, "Storing the model"); // right after: a last step is never thinned away
            return "model";
        }, results::add, failures::add);

        await(reported);
        callbacks.runUntil(() -> statuses.stream().anyMatch(s -> "Fold 1 of 4".equals(s.message())));
        seen.countDown();
        callbacks.runUntil(() -> ended(handle));

        assertThat(statusesOf(handle)).extracting(TaskStatus::state, TaskStatus::fraction, TaskStatus::message)
                .containsExactly(
                        tuple(TaskState.RUNNING, -1.0, "Starting"),
                        tuple(TaskState.RUNNING, 0.25, "Fold 1 of 4"),
                        tuple(TaskState.RUNNING, 1.0, "Storing the model"),
                        tuple(TaskState.SUCCEEDED, 1.0, "Done"));
    }

    @Test
    void progressIsThinnedToAboutTwentyUpdatesASecond() throws Exception {
        int calls = 10_000;
        long[] elapsedNanos = new long[1];
        TaskHandle handle = runner.submit("Read", ctx -> {
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                ctx.progress(0.5 * i / calls, "Row " + i);
            }
            elapsedNanos[0] = System.nanoTime() - start;
            return "read";
        }, results::add, failures::add);

        callbacks.runUntil(() -> ended(handle));

        long progressShown = statusesOf(handle).stream().filter(s -> s.message().startsWith("Row ")).count();
        // one report per 50 ms at most, however fast the loop ran: a bound, not a timing guess
        assertThat(progressShown).isBetween(1L, 1 + elapsedNanos[0] / 50_000_000L);
        assertThat(progressShown).isLessThan(calls);
    }

    @Test
    void closingTheRunnerInterruptsWorkStillRunning() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        runner.submit("Stuck", ctx -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
            return "unreachable";
        }, results::add, failures::add);

        await(started);
        runner.close(); // waits for the pool to end

        assertThat(interrupted).isTrue();
        assertThat(results).isEmpty();
    }
}
