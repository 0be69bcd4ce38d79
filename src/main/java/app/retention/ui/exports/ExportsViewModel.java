package app.retention.ui.exports;

import app.retention.campaign.CampaignService;
import app.retention.domain.CampaignRecord;
import app.retention.domain.ExportLogEntry;
import app.retention.export.ExportLog.Field;
import app.retention.export.ExportLog.FileState;
import app.retention.export.ExportLog;
import app.retention.task.TaskState;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The Exports screen: the workspace's export log for an audit (who exported what and when, with or without
 * personal data), searchable, each export's provenance, and a check that the files are still the ones exported.
 */
public final class ExportsViewModel {

    private final ExportLog log;
    private final CampaignService campaigns;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Consumer<String> notices;
    private final ObservableList<ExportRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ExportRow> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty personalOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<ExportRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Field>> details = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** @param campaigns tells which campaign each export launched */
    public ExportsViewModel(ExportLog log, CampaignService campaigns, BackgroundTasks tasks, ErrorReporter errors,
                            Consumer<String> notices) {
        this.log = log;
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.errors = errors;
        this.notices = notices;
        search.addListener((obs, was, now) -> filter());
        personalOnly.addListener((obs, was, now) -> filter());
        selected.addListener((obs, was, now) -> details.set(now == null ? List.of() : describe(now)));
        busy.bind(loading.or(checking));
    }

    /**
     * Reads the log again (the Segments screen may have exported since). Earlier file checks are not carried
     * over: a file may have changed since, and a check says what it found when it ran.
     */
    public void refresh() {
        loading.set(true);
        tasks.submit("Reading the export log", ctx -> {
            Map<Long, String> launched = new HashMap<>();
            for (CampaignRecord c : campaigns.list()) {
                if (c.exportId() != null) {
                    launched.put(c.exportId(), c.name());
                }
            }
            return log.entries().stream().map(e -> new ExportRow(e, launched.get(e.id()))).toList();
        }, this::loaded, failure -> {
            loading.set(false);
            errors.report(failure);
        }, status -> {
            if (status.state() == TaskState.CANCELLED) {
                loading.set(false);
            }
        });
    }

    /** The export's provenance, with the campaign it launched first when it launched one. */
    private static List<Field> describe(ExportRow row) {
        List<Field> fields = new java.util.ArrayList<>(ExportLog.describe(row.entry()));
        if (row.campaign() != null) {
            fields.add(0, new Field("Campaign", row.campaign() + " (launched by this export)"));
        }
        return fields;
    }

    private void loaded(List<ExportRow> fresh) {
        loading.set(false);
        long keep = selected.get() == null ? -1 : selected.get().entry().id();
        rows.setAll(fresh);
        selected.set(fresh.stream().filter(r -> r.entry().id() == keep).findFirst().orElse(null));
        summarise();
    }

    /** Reads every listed file again and compares its SHA-256 with the one recorded; cancellable. */
    public void checkFiles() {
        List<ExportLogEntry> toCheck = shown.stream().map(ExportRow::entry).toList();
        List<ExportLogEntry> all = rows.stream().map(ExportRow::entry).toList();
        if (toCheck.isEmpty() || checking.get()) {
            return;
        }
        checking.set(true);
        tasks.submit("Checking exported files", ctx -> {
            Map<Long, FileState> states = new HashMap<>();
            for (int i = 0; i < toCheck.size(); i++) {
                ctx.checkCancelled();
                ctx.progress((double) i / toCheck.size(), Formats.fileName(toCheck.get(i).file()));
                states.put(toCheck.get(i).id(), ExportLog.check(toCheck.get(i), all));
            }
            return states;
        }, this::checked, failure -> {
            checking.set(false);
            errors.report(failure);
        }, status -> {
            if (status.state() == TaskState.CANCELLED) {
                checking.set(false);
            }
        });
    }

    /** Shows each result on the row of its export as listed now (the log may have been read again meanwhile). */
    private void checked(Map<Long, FileState> states) {
        checking.set(false);
        rows.forEach(row -> {
            FileState state = states.get(row.entry().id());
            if (state != null) {
                row.stateProperty().set(state);
            }
        });
        Map<FileState, Long> counts = new EnumMap<>(FileState.class);
        counts.putAll(states.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())));
        String text = "Checked " + Formats.count(states.size()) + (states.size() == 1 ? " exported file: "
                : " exported files: ") + counts.entrySet().stream()
                .map(e -> Formats.count(e.getValue()) + " " + e.getKey().label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ".";
        notices.accept(text);
    }

    private void filter() {
        String text = search.get();
        boolean personal = personalOnly.get();
        shown.setPredicate(r -> r.matches(text) && (!personal || r.entry().personalDataIncluded()));
        summarise();
    }

    private void summarise() {
        long personal = rows.stream().filter(r -> r.entry().personalDataIncluded()).count();
        String text = rows.isEmpty() ? "Nothing exported from this workspace yet."
                : Formats.count(rows.size()) + (rows.size() == 1 ? " export, " : " exports, ")
                + Formats.count(personal) + " with personal data included";
        if (!rows.isEmpty() && shown.size() != rows.size()) {
            text += " (" + Formats.count(shown.size()) + " shown)";
        }
        summary.set(text);
    }

    /** The exports that pass the search and the personal-data switch, newest first. */
    public ObservableList<ExportRow> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty personalOnlyProperty() {
        return personalOnly;
    }

    public ObjectProperty<ExportRow> selectedProperty() {
        return selected;
    }

    /** The selected export, field by field (empty when none is selected). */
    public ReadOnlyObjectProperty<List<Field>> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
