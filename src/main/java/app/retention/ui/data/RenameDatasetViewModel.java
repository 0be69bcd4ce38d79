package app.retention.ui.data;

import app.retention.data.DatasetCatalog;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.UserMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The rename dialog: the new name, and the workspace's reason when it refuses it. */
public final class RenameDatasetViewModel {

    private final DatasetCatalog repository;
    private final BackgroundTasks tasks;
    private final String oldName;
    private final Runnable onRenamed;
    private final StringProperty newName = new SimpleStringProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    RenameDatasetViewModel(DatasetCatalog repository, BackgroundTasks tasks, String oldName, Runnable onRenamed) {
        this.repository = repository;
        this.tasks = tasks;
        this.oldName = oldName;
        this.onRenamed = onRenamed;
        newName.set(oldName);
        newName.addListener((obs, was, now) -> error.set(""));
    }

    public String oldName() {
        return oldName;
    }

    /** Renames every version; {@code onDone} runs only when the workspace accepted the name. */
    public void rename(Runnable onDone) {
        String name = newName.get() == null ? "" : newName.get();
        if (name.equals(oldName)) {
            onDone.run();
            return;
        }
        busy.set(true);
        tasks.submit("Renaming " + oldName, ctx -> {
            repository.rename(oldName, name);
            return name;
        }, renamed -> {
            busy.set(false);
            onRenamed.run();
            onDone.run();
        }, failure -> {
            busy.set(false);
            error.set(UserMessages.describe(failure));
        });
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
