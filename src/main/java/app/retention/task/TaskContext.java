package app.retention.task;

/** What a running piece of background work can see: where to report progress and whether to stop. */
public interface TaskContext {

    /** Reports progress; {@code fraction} in [0, 1], or negative when unknown. */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link TaskCancelledException} once the user has asked to cancel. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new TaskCancelledException();
        }
    }

    /** A context that reports nowhere and is never cancelled: for CLI runs and tests. */
    static TaskContext silent() {
        return new TaskContext() {
            @Override
            public void progress(double fraction, String message) {
                // nobody is watching
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
