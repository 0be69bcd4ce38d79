package app.retention.ui.segments;

import app.retention.domain.SegmentRecord;
import app.retention.segment.Segment;
import app.retention.segment.SegmentListing;
import app.retention.segment.SegmentService;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The saved segments of the workspace (finding M6): listed with their size, model, dataset and date so that a
 * segment saved last week can be found, opened for the Campaign and Export tabs, renamed, copied or deleted. Every read runs in
 * the background; the list is read again after a save or a delete.
 */
public final class SavedSegmentsViewModel {

    /** The actions whose errors a later success clears from the status bar. */
    static final String OPEN_ACTION = "segment open";
    static final String DELETE_ACTION = "segment delete";
    static final String RENAME_ACTION = "segment rename";

    private final SegmentService segments;
    private final BackgroundTasks tasks;
    private final LatestRequest reads;
    private final LatestRequest opens;
    private final ErrorReporter errors;
    private final Consumer<Segment> opened;
    private final Consumer<String> deleted;
    private final Consumer<String> notices;
    private final Dialogs dialogs;
    private final ObservableList<SegmentListing> listed = FXCollections.observableArrayList();
    private final ObjectProperty<SegmentListing> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The segment to choose when the list is next read (one just renamed or copied). */
    private String chooseAfterRefresh;

    /**
     * @param opened  receives a segment once it is loaded with its customers (the Campaign and Export tabs follow it)
     * @param deleted receives the name of a segment just deleted, so that no tab keeps offering it
     * @param notices where "Opened …" and "Deleted …" are said (the status bar)
     */
    SavedSegmentsViewModel(SegmentService segments, BackgroundTasks tasks, ErrorReporter errors,
                           Consumer<Segment> opened, Consumer<String> deleted, Consumer<String> notices,
                           Dialogs dialogs) {
        this.segments = segments;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.reads = new LatestRequest(tasks);
        this.opens = new LatestRequest(tasks);
        this.errors = errors;
        this.opened = opened;
        this.deleted = deleted;
        this.notices = notices;
    }

    /** Reads the saved segments again, keeping the selected one when it still exists. */
    public void refresh() {
        reads.submit("Reading the saved segments", ctx -> segments.list(), this::show, errors::report);
    }

    private void show(List<SegmentListing> read) {
        String keep = chooseAfterRefresh != null ? chooseAfterRefresh
                : selected.get() == null ? null : selected.get().name();
        chooseAfterRefresh = null;
        listed.setAll(read);
        selected.set(keep == null ? null : find(keep).orElse(null));
    }

    /** The listed segment of this name, if the list holds it. */
    public Optional<SegmentListing> find(String name) {
        return listed.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Loads the segment with its customers in the background and hands it to the Campaign and Export tabs. */
    public void open(SegmentListing segment) {
        if (segment == null) {
            return;
        }
        String name = segment.name();
        busy.set(true);
        opens.submit("Opening segment " + name, ctx -> segments.load(name, ctx), loaded -> {
            errors.succeeded(OPEN_ACTION);
            opened.accept(loaded);
            notices.accept("Opened segment " + name + ": " + Formats.count(loaded.customers().size())
                    + " customers. The Campaign and Export tabs now work on it.");
        }, failure -> errors.report(OPEN_ACTION, failure), () -> busy.set(false));
    }

    /**
     * Asks first, naming the segment and its size, since a deleted segment's control group cannot be drawn again;
     * on yes deletes it in the background, then reads the list again.
     */
    public void delete(SegmentListing segment) {
        if (segment == null || !dialogs.confirm(deleteQuestion(segment))) {
            return;
        }
        change(segment, DELETE_ACTION, "Deleting segment ", name -> segments.delete(name), (name, record) -> {
            deleted.accept(name);
            notices.accept("Deleted segment " + name + ".");
            return null;
        });
    }

    /** Asks for a new name for the chosen segment (its own proposed), then renames it. */
    public void renameChosen() {
        SegmentListing segment = selected.get();
        if (segment != null) {
            dialogs.askText(new Dialogs.TextRequest("Rename segment", "New name for segment '" + segment.name()
                    + "' (its customers, control group and exports stay):", segment.name(), "Rename"))
                    .filter(name -> !name.strip().equals(segment.name())).ifPresent(name -> rename(segment, name));
        }
    }

    /** Asks for the name of a copy of the chosen segment ("… (copy)" proposed), then saves the copy. */
    public void copyChosen() {
        SegmentListing segment = selected.get();
        if (segment != null) {
            dialogs.askText(new Dialogs.TextRequest("Copy segment", "Name of the copy of '" + segment.name()
                    + "' (the same customers and control group):", segment.name() + " (copy)", "Copy"))
                    .ifPresent(name -> copy(segment, name));
        }
    }

    /** Renames the segment in the background, then reads the list again with it chosen under its new name. */
    public void rename(SegmentListing segment, String newName) {
        change(segment, RENAME_ACTION, "Renaming segment ", name -> segments.rename(name, newName), (name, record) -> {
            deleted.accept(name); // no tab keeps offering the old name
            notices.accept("Renamed segment " + name + " to " + record.name() + ".");
            return record.name();
        });
    }

    /** Saves a copy under a new name in the background, then reads the list again with the copy chosen. */
    public void copy(SegmentListing segment, String newName) {
        change(segment, RENAME_ACTION, "Copying segment ", name -> segments.duplicate(name, newName),
                (name, record) -> {
                    notices.accept("Copied segment " + name + " to " + record.name() + ": the same "
                            + Formats.count(record.customers()) + " customers and control group.");
                    return record.name();
                });
    }

    /**
     * Runs a change of one saved segment in the background, says how it went and reads the list again; the
     * outcome returns the name to choose in the list then (null: keep the choice if it still exists).
     */
    private void change(SegmentListing segment, String action, String doing, Function<String, SegmentRecord> work,
                        BiFunction<String, SegmentRecord, String> done) {
        if (segment == null) {
            return;
        }
        String name = segment.name();
        busy.set(true);
        tasks.submit(doing + name, ctx -> work.apply(name), record -> {
            busy.set(false);
            errors.succeeded(action);
            chooseAfterRefresh = done.apply(name, record);
            refresh();
        }, failure -> {
            busy.set(false);
            errors.report(action, failure);
            refresh();
        });
    }

    /** "Delete segment 'high risk' (1,964 customers) and its control group? …" */
    private static Dialogs.Confirmation deleteQuestion(SegmentListing segment) {
        String size = segment.sizeKnown() ? " (" + Formats.count(segment.customers()) + " customers)" : "";
        return new Dialogs.Confirmation("Delete segment", "Delete segment '" + segment.name() + "'?",
                "Delete segment '" + segment.name() + "'" + size + " and its control group? Its scoring and the "
                + "export log stay; files already exported are not touched.", "Delete");
    }

    /** "1,964" or "–" for a segment saved before sizes were recorded. */
    static String size(SegmentListing segment) {
        return segment.sizeKnown() ? Formats.count(segment.customers()) : "–";
    }

    /** "3 · j48": the model as the builder's model choice names it. */
    static String model(SegmentListing segment) {
        return segment.modelId() + " · " + segment.modelLearner();
    }

    /** "telco (v1)": the dataset as the builder's dataset choice names it. */
    static String dataset(SegmentListing segment) {
        return segment.datasetName() + " (v" + segment.datasetVersion() + ")";
    }

    /**
     * "high risk · 1,964 customers · telco (v1)": how the Export tab names a segment (names are unique, so the
     * date, on the Saved segments tab, is left out to fit a 1280-pixel window).
     */
    static String label(SegmentListing segment) {
        return segment.name() + " · " + (segment.sizeKnown() ? Formats.count(segment.customers()) + " customers · "
                : "") + dataset(segment);
    }

    /** Newest first. */
    public ObservableList<SegmentListing> segments() {
        return listed;
    }

    /** The row chosen in the list; Open, Export… and Delete… act on it. */
    public ObjectProperty<SegmentListing> selectedProperty() {
        return selected;
    }

    /** True while a segment is opened or deleted. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
