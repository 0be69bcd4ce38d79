package app.retention.model;

/**
 * "Stop and keep the best": asked from any thread (the Cancel of the tuner, a test), seen by the search before it
 * starts the next setting. Unlike cancelling the task, the best setting found so far is still measured and stored.
 */
public final class TuningStop {

    private volatile boolean requested;

    public void request() {
        requested = true;
    }

    public boolean requested() {
        return requested;
    }
}
