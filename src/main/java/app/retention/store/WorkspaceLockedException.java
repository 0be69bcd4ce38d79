package app.retention.store;

/** Another process has the workspace open; H2 refuses a second embedded opener. */
public class WorkspaceLockedException extends StoreException {
    public WorkspaceLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
