package app.retention.ui.common;

import app.retention.task.TaskStatus;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One running background task as the status bar shows it. */
public final class TaskItem {

    private final long id;
    private final String title;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");

    TaskItem(long id, String title) {
        this.id = id;
        this.title = title;
    }

    void update(TaskStatus status) {
        progress.set(status.fraction());
        message.set(status.message() == null ? "" : status.message());
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Fraction done in [0, 1], or negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
