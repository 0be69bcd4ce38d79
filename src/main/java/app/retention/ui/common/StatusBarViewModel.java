package app.retention.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The status bar: background tasks with their progress, the last error the user has not dismissed, and a
 * short notice about the last thing that happened.
 */
public final class StatusBarViewModel implements ErrorReporter {

    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BooleanBinding hasError = Bindings.createBooleanBinding(() -> !lastError.get().isEmpty(), lastError);

    public StatusBarViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    public ObservableList<TaskItem> tasks() {
        return tasks.running();
    }

    public void cancel(TaskItem item) {
        tasks.cancel(item);
    }

    @Override
    public void report(Throwable failure) {
        lastError.set(UserMessages.describe(failure));
    }

    public void showNotice(String text) {
        notice.set(text);
    }

    public void dismissError() {
        lastError.set("");
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
}
