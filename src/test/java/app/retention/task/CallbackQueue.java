package app.retention.task;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A runner's callback executor whose callbacks the test thread runs one by one, in order, as the JavaFX
 * thread does in the app. Waiting blocks on the queue: no sleeps, and the timeout only turns a hang into a failure.
 */
public final class CallbackQueue implements Executor {

    private static final long GIVE_UP_SECONDS = 60;

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable callback) {
        queue.add(callback);
    }

    /** Runs callbacks as they arrive until {@code done} holds. */
    public void runUntil(BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            Runnable next = queue.poll(GIVE_UP_SECONDS, TimeUnit.SECONDS);
            assertThat(next).as("a callback within " + GIVE_UP_SECONDS + " s").isNotNull();
            next.run();
        }
    }
}
