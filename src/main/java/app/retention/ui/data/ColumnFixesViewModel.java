package app.retention.ui.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.Encoding;
import app.retention.explore.AppliedFix;
import app.retention.explore.ExploreService;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.LatestRequest;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The Data screen's changes after import (finding M17): a column's role changed in the Columns table, and the
 * "Applied fixes" list (roles changed, spellings merged) with Undo. Every read and change runs in the background;
 * {@code changed} runs after a change so that the screen reads the columns again.
 */
public final class ColumnFixesViewModel {

    /** The encoding choice that leaves it to the workbench (by the column's values and the learner). */
    public static final String AUTOMATIC = "automatic";

    /** The roles a user can give a column after import; the target is chosen at import. */
    public static final List<ColumnRole> EDITABLE_ROLES = List.of(ColumnRole.FEATURE, ColumnRole.IGNORED,
            ColumnRole.ID, ColumnRole.DATE, ColumnRole.PII);

    /** The encodings a category feature can be given: the workbench's choice, then the user's. */
    public static final List<String> ENCODINGS = java.util.stream.Stream.concat(java.util.stream.Stream.of(AUTOMATIC),
            java.util.Arrays.stream(Encoding.values()).map(Encoding::label)).toList();

    private final ExploreService explore;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final LatestRequest reading;
    private final Runnable changed;
    private final ObservableList<AppliedFix> fixes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private DatasetInfo dataset;

    public ColumnFixesViewModel(ExploreService explore, BackgroundTasks tasks, ErrorReporter errors,
                                Runnable changed) {
        this.explore = explore;
        this.tasks = tasks;
        this.errors = errors;
        this.reading = new LatestRequest(tasks);
        this.changed = changed;
    }

    /** Lists the fixes of {@code shown} (null: none). */
    public void show(DatasetInfo shown) {
        dataset = shown;
        if (shown == null) {
            reading.cancel();
            fixes.clear();
            return;
        }
        reading.submit("Reading the fixes of " + shown.name(), ctx -> explore.appliedFixes(shown), fixes::setAll,
                errors::report);
    }

    /** Gives {@code column} another role; the target and personal data as a feature are refused in words. */
    public void changeRole(ColumnInfo column, ColumnRole role) {
        DatasetInfo d = dataset;
        if (d == null || role == null || role == column.role()) {
            return;
        }
        tasks.submit("Changing the role of " + column.name(), ctx -> {
            explore.changeRole(d, column.name(), role);
            return null;
        }, done -> after(d, "`" + column.name() + "` is now " + role.label()
                + (role == ColumnRole.IGNORED ? " (kept out of models)" : "") + "; Undo it under Applied fixes."),
                failure -> {
                    errors.report(failure);
                    changed.run(); // the table shows the role the column still has
                });
    }

    /** Reads {@code column} as another type; what cannot be read so is refused in words (with its row). */
    public void changeType(ColumnInfo column, ColumnType type) {
        DatasetInfo d = dataset;
        if (d == null || type == null || type == column.type()) {
            return;
        }
        tasks.submit("Changing the type of " + column.name(), ctx -> {
            explore.changeType(d, column.name(), type);
            return null;
        }, done -> after(d, "`" + column.name() + "` reads as " + type.label() + "; Undo it under Applied fixes."),
                failure -> {
                    errors.report(failure);
                    changed.run(); // the table shows the type the column still has
                });
    }

    /**
     * Gives {@code column} the label people read in charts, reasons, exports and briefs; a blank label gives back
     * its name humanised. A label over the limit is refused in words and the table shows the label it still has.
     */
    public void changeLabel(ColumnInfo column, String label) {
        DatasetInfo d = dataset;
        String wanted = label == null ? "" : label.strip();
        if (d == null || wanted.equals(column.displayLabel())) {
            return;
        }
        tasks.submit("Changing the label of " + column.name(), ctx -> explore.changeLabel(d, column.name(), wanted),
                now -> after(d, "`" + column.name() + "` reads as \"" + now + "\" in charts, reasons, exports "
                        + "and briefs; Undo it under Applied fixes."),
                failure -> {
                    errors.report(failure);
                    changed.run();
                });
    }

    /**
     * How {@code column} enters models now: an encoding's label, or {@link #AUTOMATIC}; null for a column that is
     * not a category feature.
     */
    public String encodingOf(ColumnInfo column) {
        if (column.role() != ColumnRole.FEATURE
                || column.type() != ColumnType.CATEGORY && column.type() != ColumnType.TEXT) {
            return null; // only a category feature enters models as anything
        }
        return fixes.stream().filter(f -> f.kind() == AppliedFix.Kind.ENCODING && f.column().equals(column.name()))
                .map(f -> f.encoding().encoding().label()).findFirst().orElse(AUTOMATIC);
    }

    /** "chosen by the workbench", "target (churn rate per value)". */
    public static String encodingWords(String label) {
        if (AUTOMATIC.equals(label)) {
            return "chosen by the workbench";
        }
        Encoding e = Encoding.fromLabel(label);
        return e.label() + " (" + e.description() + ")";
    }

    /** Chooses how {@code column} enters models ({@link #AUTOMATIC}: the workbench's choice again). */
    public void changeEncoding(ColumnInfo column, String label) {
        DatasetInfo d = dataset;
        if (d == null || label == null || label.equals(encodingOf(column))) {
            return;
        }
        Encoding encoding = AUTOMATIC.equals(label) ? null : Encoding.fromLabel(label);
        tasks.submit("Changing how " + column.name() + " enters models", ctx -> {
            explore.changeEncoding(d, column.name(), encoding, null);
            return null;
        }, done -> after(d, "`" + column.name() + "` enters models " + (encoding == null ? "as the workbench chooses"
                        : "as " + encodingWords(label)) + "; Undo it under Applied fixes."),
                failure -> {
                    errors.report(failure);
                    changed.run();
                });
    }

    /** Undoes a fix: the column's imported role back, or its spellings as written. */
    public void undo(AppliedFix fix) {
        DatasetInfo d = dataset;
        if (d == null || fix == null) {
            return;
        }
        tasks.submit("Undoing a fix of " + fix.column(), ctx -> {
            explore.undo(d, fix);
            return null;
        }, done -> after(d, "Undone: " + fix.description()), errors::report);
    }

    private void after(DatasetInfo d, String said) {
        notice.set(said);
        changed.run();
        show(d);
    }

    /** The fixes of the dataset shown, in words ({@link AppliedFix#description()}). */
    public ObservableList<AppliedFix> fixes() {
        return fixes;
    }

    /** The last change made or undone, in a sentence. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
