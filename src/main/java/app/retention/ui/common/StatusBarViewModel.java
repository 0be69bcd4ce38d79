package app.retention.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalTime;

/**
 * The status bar: background tasks with their progress, the current error, a short notice about the last thing
 * that happened, and the history of recent messages. An error stops being current when the user dismisses it,
 * when the action that failed later works, or when the user goes to another screen; it stays in the history.
 */
public final class StatusBarViewModel implements ErrorReporter {

    /** How many messages the history keeps, newest first. */
    public static final int HISTORY_SIZE = 50;

    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BooleanBinding hasError = Bindings.createBooleanBinding(() -> !lastError.get().isEmpty(), lastError);
    private final ObservableList<StatusMessage> history = FXCollections.observableArrayList();
    private String errorAction;

    public StatusBarViewModel(BackgroundTasks tasks) {
        this(tasks, Clock.systemDefaultZone());
    }

    public StatusBarViewModel(BackgroundTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    public ObservableList<TaskItem> tasks() {
        return tasks.running();
    }

    public void cancel(TaskItem item) {
        tasks.cancel(item);
    }

    @Override
    public void report(Throwable failure) {
        report(null, failure);
    }

    @Override
    public void report(String action, Throwable failure) {
        String text = UserMessages.describe(failure);
        errorAction = action;
        lastError.set(text);
        remember(true, text);
    }

    /** Takes back the current error when it came from this action: the action has worked since. */
    @Override
    public void succeeded(String action) {
        if (action != null && action.equals(errorAction)) {
            dismissError();
        }
    }

    public void showNotice(String said) {
        String text = UserMessages.plain(said);
        notice.set(text);
        if (text != null && !text.isBlank()) {
            remember(false, text);
        }
    }

    public void dismissError() {
        errorAction = null;
        lastError.set("");
    }

    /** The user went to another screen: an error from the screen left behind is no longer current. */
    public void navigated() {
        dismissError();
    }

    private void remember(boolean error, String text) {
        history.add(0, new StatusMessage(LocalTime.now(clock), error, text));
        if (history.size() > HISTORY_SIZE) {
            history.remove(HISTORY_SIZE, history.size());
        }
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /** The first line of the last error, short enough for the status bar; the full text is one click away. */
    public String lastErrorSummary() {
        String text = lastError.get();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }

    public BooleanBinding hasErrorProperty() {
        return hasError;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Recent notices and errors, newest first, at most {@link #HISTORY_SIZE}. */
    public ObservableList<StatusMessage> history() {
        return history;
    }
}
