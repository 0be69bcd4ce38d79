package app.retention.ui.common;

import app.retention.task.CallbackQueue;
import app.retention.task.PooledTaskRunner;
import app.retention.task.SynchronousTaskRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Latest request wins" without a toolkit: the test thread runs the runner's callbacks as the JavaFX thread does,
 * and latches decide which request finishes first. Nothing sleeps.
 */
class LatestRequestTest {

    private final List<String> shown = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private int finished;

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(60, TimeUnit.SECONDS)).as("reached within 60 s").isTrue();
    }

    /**
     * Callbacks held until the test runs them. A task that ends sends three: its RUNNING status, its answer and
     * its end; {@link #awaitTaskEnds} waits for that many.
     */
    private static final class HeldCallbacks implements Executor {
        private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
        private final Semaphore arrived = new Semaphore(0);

        @Override
        public void execute(Runnable callback) {
            queue.add(callback);
            arrived.release();
        }

        void awaitTaskEnds(int tasks) throws InterruptedException {
            assertThat(arrived.tryAcquire(3 * tasks, 60, TimeUnit.SECONDS)).as("tasks ended within 60 s").isTrue();
        }

        void runAll() {
            for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
                next.run();
            }
        }
    }

    @Test
    void anAnswerQueuedBeforeTheUserAskedAgainIsNotShownOrReported() throws Exception {
        HeldCallbacks callbacks = new HeldCallbacks();
        try (PooledTaskRunner runner = new PooledTaskRunner(1, callbacks)) {
            BackgroundTasks tasks = new BackgroundTasks(runner);
            LatestRequest request = new LatestRequest(tasks);

            // the first read fails, and its failure waits for the JavaFX thread while the user picks another dataset
            request.<String>submit("Open bank", ctx -> {
                throw new IllegalStateException("bank is gone");
            }, shown::add, failures::add, () -> finished++);
            callbacks.awaitTaskEnds(1);
            request.submit("Open telco", ctx -> "telco", shown::add, failures::add, () -> finished++);
            callbacks.awaitTaskEnds(1);
            callbacks.runAll();

            assertThat(failures).isEmpty();
            assertThat(shown).containsExactly("telco");
            assertThat(finished).isEqualTo(1);
        }
    }

    @Test
    void aFailureOfAReplacedRequestIsNotReported() {
        BackgroundTasks tasks = new BackgroundTasks(new SynchronousTaskRunner());
        LatestRequest request = new LatestRequest(tasks);

        request.<String>submit("Open bank", ctx -> {
            throw new IllegalStateException("bank is gone");
        }, shown::add, failures::add, () -> finished++);
        request.submit("Open telco", ctx -> "telco", shown::add, failures::add, () -> finished++);

        // a synchronous runner ends each request before the next is asked: both are the newest when they end
        assertThat(failures).extracting(Throwable::getMessage).containsExactly("bank is gone");
        assertThat(shown).containsExactly("telco");
        assertThat(finished).isEqualTo(2);
    }

    @Test
    void aRequestCancelledFromTheStatusBarStillFinishesSoTheScreenStopsWaiting() throws Exception {
        CallbackQueue callbacks = new CallbackQueue();
        try (PooledTaskRunner runner = new PooledTaskRunner(1, callbacks)) {
            BackgroundTasks tasks = new BackgroundTasks(runner);
            LatestRequest request = new LatestRequest(tasks);
            CountDownLatch started = new CountDownLatch(1);

            request.<String>submit("Profile 1M rows", ctx -> {
                started.countDown();
                while (true) {
                    ctx.checkCancelled();
                    Thread.onSpinWait();
                }
            }, shown::add, failures::add, () -> finished++);
            await(started);
            callbacks.runUntil(() -> !tasks.running().isEmpty());
            tasks.cancel(tasks.running().get(0));
            callbacks.runUntil(() -> finished == 1);

            assertThat(shown).isEmpty();
            assertThat(failures).isEmpty();
            assertThat(tasks.running()).isEmpty();
        }
    }

    @Test
    void cancelDropsAnAnswerAlreadyOnItsWay() throws Exception {
        HeldCallbacks callbacks = new HeldCallbacks();
        try (PooledTaskRunner runner = new PooledTaskRunner(1, callbacks)) {
            BackgroundTasks tasks = new BackgroundTasks(runner);
            LatestRequest request = new LatestRequest(tasks);

            request.submit("Open bank", ctx -> "bank", shown::add, failures::add, () -> finished++);
            callbacks.awaitTaskEnds(1);
            request.cancel();
            callbacks.runAll();

            assertThat(shown).isEmpty();
            assertThat(finished).isZero();
            assertThat(tasks.running()).isEmpty();
        }
    }
}
