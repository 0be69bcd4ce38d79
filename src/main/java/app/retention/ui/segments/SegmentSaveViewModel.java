package app.retention.ui.segments;

import app.retention.segment.ColumnFilter;
import app.retention.segment.Playbook;
import app.retention.segment.Segment;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.usecase.Workbench;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.function.Consumer;

/**
 * The builder's save: the name a segment is saved under (and whether it is taken), the save itself in the
 * background, and what the screen says after it. The builder decides what is saved; this says how it went.
 */
public final class SegmentSaveViewModel {

    static final long CONTROL_SEED = 1;
    /** The action a save error belongs to: a later save that works clears it from the status bar. */
    static final String SAVE_ACTION = "segment save";

    private final Workbench services;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final SavedSegmentsViewModel savedSegments;
    private final BooleanProperty busy;
    private final Consumer<String> notices;
    private final Consumer<Segment> onSaved;
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty nameTaken = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper("");

    /**
     * @param busy     the builder's busy flag, set while the save runs
     * @param onSaved  what the builder does with the segment once it is saved (offer it to the export)
     */
    SegmentSaveViewModel(Workbench services, BackgroundTasks tasks, ErrorReporter errors,
                         SavedSegmentsViewModel savedSegments, BooleanProperty busy, Consumer<String> notices,
                         Consumer<Segment> onSaved) {
        this.services = services;
        this.tasks = tasks;
        this.errors = errors;
        this.savedSegments = savedSegments;
        this.busy = busy;
        this.notices = notices;
        this.onSaved = onSaved;
        // the name check is for the next save, against the saved segments listed (no query per keystroke; the save
        // itself refuses a name taken elsewhere): the name just saved is not "taken" until the user types again
        name.addListener((obs, was, now) -> {
            savedText.set("");
            nameTaken.set(savedSegments.find(now.strip()).isPresent());
        });
    }

    /** The name typed, stripped; empty when none. */
    String name() {
        return name.get().strip();
    }

    /** Saves these customers under the typed name, with a control group of {@code share}, in the background. */
    void save(ScoredData data, List<ColumnFilter> filters, Playbook actions, double share,
              RankingChoiceViewModel.Ordering order) {
        String segmentName = name();
        busy.set(true);
        tasks.submit("Saving segment " + segmentName, ctx -> services.segments().create(segmentName,
                        data.run(), filters, data.bands(), actions, share, CONTROL_SEED, data.value(), order.of(ctx), ctx),
                this::saved, failure -> {
                    busy.set(false);
                    errors.report(SAVE_ACTION, failure);
                });
    }

    private void saved(Segment segment) {
        busy.set(false);
        nameTaken.set(false);
        savedText.set("Saved '" + segment.definition().name() + "' · " + Formats.count(segment.customers().size())
                + " customers");
        errors.succeeded(SAVE_ACTION);
        onSaved.accept(segment);
        savedSegments.refresh();
        notices.accept("Saved segment " + segment.definition().name() + ": "
                + Formats.count(segment.customers().size()) + " customers, control group "
                + Formats.count(segment.control().controlSize()) + "."
                + (segment.order().byUplift() ? " " + segment.order().describe() : ""));
    }

    /** A saved segment shown again in the builder: no name typed yet, and how to go on from it. */
    void opened(Segment segment) {
        name.set("");
        savedText.set("Opened '" + segment.definition().name() + "' · "
                + Formats.count(segment.customers().size()) + " customers: change it and save it "
                + "under a new name, or export it as it is.");
    }

    public StringProperty nameProperty() {
        return name;
    }

    /**
     * "Saved 'high risk' · 1,964 customers" after a save, until the user edits the name; the view follows it with
     * a way to the Export tab. Empty otherwise.
     */
    public ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }

    /** True when a segment of the typed name exists already (not said of the name just saved). */
    public BooleanProperty nameTakenProperty() {
        return nameTaken;
    }
}
