package app.retention.store;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an import's inserts on a thread of their own, at most {@value #IN_FLIGHT} batches behind the thread that
 * reads and converts the rows, so that the two overlap (ADR 0024). The connection is used by one thread at a time:
 * this one while batches are in flight, the caller's after {@link #drain}. After a failed batch, the batches behind
 * it are skipped (on a store closed by a failed write, every statement would hang, see {@link FailedStore}) and the
 * failure is thrown to the caller at its next call.
 */
final class WriterThread implements AutoCloseable {

    /** Batches queued or running: enough that neither thread waits for the other when the machine is busy. */
    private static final int IN_FLIGHT = 16;

    /** Work with the connection. */
    interface SqlWork {
        void run() throws SQLException;
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "import-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final ArrayDeque<Future<?>> inFlight = new ArrayDeque<>();
    private volatile boolean failed;

    /** Queues {@code work}; first waits while {@value #IN_FLIGHT} are queued, and throws what an earlier one threw. */
    void submit(SqlWork work) throws SQLException {
        while (inFlight.size() >= IN_FLIGHT) {
            await(inFlight.poll());
        }
        inFlight.add(executor.submit(() -> {
            if (failed) {
                return null;
            }
            try {
                work.run();
            } catch (SQLException | RuntimeException e) {
                failed = true;
                throw e;
            }
            return null;
        }));
    }

    /** Waits until every queued batch is stored; throws the first failure. */
    void drain() throws SQLException {
        while (!inFlight.isEmpty()) {
            await(inFlight.poll());
        }
    }

    private static void await(Future<?> batch) throws SQLException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    batch.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the batch is under way on the connection: wait for it all the same
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for what is queued, ignoring failures (the caller is cleaning up after one), and ends the thread. */
    @Override
    public void close() {
        failed = true; // what has not started yet is not needed any more
        while (!inFlight.isEmpty()) {
            try {
                await(inFlight.poll());
            } catch (SQLException | RuntimeException e) {
                // already failing or aborting
            }
        }
        executor.shutdown();
    }
}
