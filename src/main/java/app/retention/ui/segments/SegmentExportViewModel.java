package app.retention.ui.segments;

import app.retention.error.WorkbenchException;
import app.retention.export.ExportResult;
import app.retention.export.SegmentExports;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.Segment;
import app.retention.store.Workspace;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Exports the saved segment: a call list (top of the list up to the capacity, control group left out), the whole
 * segment list, or the campaign brief. Personal data is masked unless the user asks for it; either way the export
 * is recorded in the workspace's export log.
 */
public final class SegmentExportViewModel {

    private final Workspace workspace;
    private final SegmentExports exports;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final CampaignViewModel campaign;
    private final Consumer<String> notices;
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportKind> kind = new SimpleObjectProperty<>(ExportKind.CALL_LIST);
    private final BooleanProperty includePersonalData = new SimpleBooleanProperty(false);
    private final StringProperty goal = new SimpleStringProperty("");
    private final StringProperty file = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");

    SegmentExportViewModel(Workspace workspace, String appVersion, BackgroundTasks tasks, ErrorReporter errors,
                           CampaignViewModel campaign, Consumer<String> notices) {
        this.workspace = workspace;
        this.exports = new SegmentExports(workspace, appVersion);
        this.tasks = tasks;
        this.errors = errors;
        this.campaign = campaign;
        this.notices = notices;
        segment.addListener((obs, was, now) -> suggestFile());
        kind.addListener((obs, was, now) -> suggestFile());
    }

    /** Proposes {@code <workspace>/exports/<segment>-<kind>.<ext>}, keeping a folder the user chose before. */
    private void suggestFile() {
        Segment s = segment.get();
        if (s == null) {
            file.set("");
            return;
        }
        Path folder = file.get().isBlank() ? workspace.directory().resolve("exports")
                : Path.of(file.get()).toAbsolutePath().getParent();
        file.set(folder.resolve(defaultFileName()).toString());
    }

    /** "churn-high-br-calls.csv": the file name the chooser proposes. */
    public String defaultFileName() {
        Segment s = segment.get();
        String base = s == null ? "segment" : s.definition().name().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-");
        ExportKind k = kind.get();
        return base + "-" + k.fileSuffix() + "." + k.extensions().get(0);
    }

    /** Writes the chosen export to the file in {@link #fileProperty()} in the background. */
    public void export() {
        Segment s = segment.get();
        if (s == null) {
            errors.report(new WorkbenchException("Save the segment first; exports are made from saved segments."));
            return;
        }
        if (file.get() == null || file.get().isBlank()) {
            errors.report(new WorkbenchException("Choose the file to write the " + kind.get().title().toLowerCase(
                    Locale.ROOT) + " to."));
            return;
        }
        CampaignEconomics economics;
        try {
            economics = campaign.economics();
        } catch (WorkbenchException e) {
            errors.report(e);
            return;
        }
        Path out = Path.of(file.get().strip());
        ExportKind k = kind.get();
        int capacity = Math.max(0, campaign.capacityProperty().get());
        boolean personal = includePersonalData.get() && k.isList();
        String user = System.getProperty("user.name");
        String aim = goal.get();
        busy.set(true);
        tasks.submit("Exporting " + k.title().toLowerCase(Locale.ROOT) + " of " + s.definition().name(), ctx ->
                switch (k) {
                    case CALL_LIST -> exports.list(s, SegmentExports.ListKind.CALL_LIST, economics, capacity, out,
                            null, personal, user);
                    case SEGMENT_LIST -> exports.list(s, SegmentExports.ListKind.SEGMENT_LIST, economics, capacity,
                            out, null, personal, user);
                    case BRIEF -> exports.brief(s, economics, capacity, aim, out, user);
                }, this::written, failure -> {
                    busy.set(false);
                    errors.report(failure);
                });
    }

    private void written(ExportResult written) {
        busy.set(false);
        result.set(written);
        String text = "Wrote " + written.file() + ": " + Formats.count(written.rows()) + " rows"
                + (written.personalDataIncluded() ? ", with personal data (recorded in the export log)."
                : ", personal data masked.");
        resultText.set(text);
        notices.accept(text);
    }

    /** The saved segment exports are made from; null until one is saved. */
    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    public ObjectProperty<ExportKind> kindProperty() {
        return kind;
    }

    /** Off by default; when on, names, e-mails and phones are written in full and that is recorded. */
    public BooleanProperty includePersonalDataProperty() {
        return includePersonalData;
    }

    /** The brief's goal; empty for the default sentence. */
    public StringProperty goalProperty() {
        return goal;
    }

    /** The file to write, as a path; the view's Browse… button fills it from a file chooser. */
    public StringProperty fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }
}
