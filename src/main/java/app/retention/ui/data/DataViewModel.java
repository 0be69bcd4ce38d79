package app.retention.ui.data;

import app.retention.data.DatasetCatalog;
import app.retention.data.DisplayValues;
import app.retention.data.RowProblemsCsv;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.domain.RejectedRow;
import app.retention.domain.StoredRow;
import app.retention.export.PersonalDataKind;
import app.retention.export.PersonalDataMasking;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Data screen: the workspace's datasets, and for the selected one its columns, one page of rows
 * ({@link RowPages}) and its quarantined rows. Everything is read in the background; answers for a dataset or page
 * the user has already left are dropped.
 */
public final class DataViewModel {

    private final DatasetCatalog repository;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Dialogs dialogs;

    private final List<DatasetInfo> allVersions = new ArrayList<>();
    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final BooleanProperty showAllVersions = new SimpleBooleanProperty(false);
    private final BooleanProperty showPersonalData = new SimpleBooleanProperty(false);
    private final ObjectProperty<DatasetInfo> selected = new SimpleObjectProperty<>();
    private final ObservableList<ColumnInfo> columns = FXCollections.observableArrayList();
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** Where the screen's next-step button leads: Explore, or its warnings right after an import. */
    public enum NextStep {
        EXPLORE("Explore →"), CHECK_WARNINGS("Check warnings →");

        private final String label;

        NextStep(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a missing value shows in the rows table. */
    public static final String MISSING = "—";

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final StringProperty busy = new SimpleStringProperty("");
    /** The dataset just imported, whose warnings are the next step; -1: none. */
    private final LongProperty warningsToCheck = new SimpleLongProperty(-1);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private final LatestRequest reading;
    private final RowPages pages;
    private long shownDatasetId = -1;

    public DataViewModel(DatasetCatalog repository, BackgroundTasks tasks, ErrorReporter errors, Dialogs dialogs) {
        this.repository = repository;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.reading = new LatestRequest(tasks);
        this.errors = errors;
        this.pages = new RowPages(repository, reading, loading, selected::get, this::failed);
        showAllVersions.addListener((obs, was, now) -> applyVersionFilter(selected.get()));
        selected.addListener((obs, was, now) -> loadDetail(now));
    }

    /** Reads the dataset list again, keeping the selection when it still exists. */
    public void refresh() {
        DatasetInfo current = selected.get();
        refresh(current == null ? -1 : current.id());
    }

    /** Reads the dataset list again and selects the dataset with this id (e.g. one just imported). */
    public void refresh(long selectId) {
        // nothing chosen yet (the app just opened): the dataset the user last opened, as they left it
        boolean reopen = selectId < 0 && selected.get() == null;
        tasks.submit("Reading datasets", ctx -> new Listing(repository.list(),
                reopen ? repository.lastOpened().orElse(-1L) : selectId), listing -> {
            List<DatasetInfo> list = listing.datasets();
            allVersions.clear();
            allVersions.addAll(list);
            DatasetInfo toSelect = list.stream().filter(d -> d.id() == listing.select()).findFirst().orElse(null);
            if (toSelect != null && !isLatest(toSelect)) {
                showAllVersions.set(true);
            }
            applyVersionFilter(toSelect);
        }, errors::report);
    }

    private record Listing(List<DatasetInfo> datasets, long select) {
    }

    private boolean isLatest(DatasetInfo dataset) {
        return allVersions.stream().filter(d -> d.name().equals(dataset.name()))
                .allMatch(d -> d.version() <= dataset.version());
    }

    private void applyVersionFilter(DatasetInfo keep) {
        List<DatasetInfo> shown = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (DatasetInfo d : allVersions) {
            // the repository lists newest version first within a name
            if (showAllVersions.get() || names.add(d.name())) {
                shown.add(d);
            }
        }
        datasets.setAll(shown);
        DatasetInfo next = keep == null ? null
                : shown.stream().filter(d -> d.id() == keep.id()).findFirst().orElse(null);
        if (next == null && keep != null) {
            next = shown.stream().filter(d -> d.name().equals(keep.name())).findFirst().orElse(null);
        }
        if (next == null && !shown.isEmpty()) {
            next = shown.get(0);
        }
        // a fresh record after a refresh (new name, counts) must reload even when the id is the same
        if (next != null && next.equals(selected.get())) {
            return;
        }
        selected.set(next);
    }

    /** Reads the selected dataset's columns and rows again (a role changed or a fix undone). */
    public void reloadDetail() {
        loadDetail(selected.get());
    }

    private void loadDetail(DatasetInfo dataset) {
        reading.cancel();
        if (dataset == null) {
            shownDatasetId = -1;
            columns.clear();
            rejected.clear();
            pages.clear();
            summary.set("");
            return;
        }
        if (dataset.id() != shownDatasetId) {
            pages.rows().clear();
        }
        loading.set(true);
        summary.set(describe(dataset));
        reading.submit("Opening " + dataset.name(), ctx -> {
            repository.rememberOpened(dataset);
            ctx.checkCancelled();
            List<ColumnInfo> cols = repository.columns(dataset);
            ctx.checkCancelled();
            List<StoredRow> first = repository.rows(dataset, 0, RowPages.PAGE_SIZE);
            return new DatasetDetail(dataset, cols, first, repository.rejectedRows(dataset));
        }, this::showDetail, this::failed, () -> loading.set(false));
    }

    private void showDetail(DatasetDetail detail) {
        if (detail.dataset() != selected.get()) {
            return;
        }
        shownDatasetId = detail.dataset().id();
        columns.setAll(detail.columns());
        rejected.setAll(detail.rejected());
        pages.showFirst(detail.dataset(), detail.firstPage());
    }

    private void failed(Throwable failure) {
        loading.set(false);
        errors.report(failure);
    }

    /**
     * Asks before deleting the selected version, naming the dataset, its version and its rows; on yes deletes it,
     * then shows the list without it.
     */
    public void deleteSelected() {
        DatasetInfo d = selected.get();
        if (d == null || !dialogs.confirm(new Dialogs.Confirmation("Delete dataset", "Delete " + d.reference() + "?",
                deleteDetails(d), "Delete"))) {
            return;
        }
        tasks.submit("Deleting " + d.reference(), ctx -> {
            repository.delete(d);
            return d;
        }, gone -> {
            notice.set("Deleted " + gone.name() + " version " + gone.version() + ".");
            refresh();
        }, errors::report);
    }

    private String deleteDetails(DatasetInfo d) {
        long versions = allVersions.stream().filter(v -> v.name().equals(d.name())).count();
        return "Delete " + d.name() + " version " + d.version() + " with its " + Formats.count(d.rowsImported())
                + " rows?" + (versions > 1 ? " The other " + (versions - 1) + " version"
                + (versions > 2 ? "s stay." : " stays.") : "") + " This cannot be undone.";
    }

    /** A dialog model to rename the selected dataset (all its versions). */
    public RenameDatasetViewModel renameSelected() {
        DatasetInfo d = selected.get();
        return new RenameDatasetViewModel(repository, tasks, d == null ? "" : d.name(), this::refresh);
    }

    /** Asks where to save the selected dataset's quarantined rows, and writes them as CSV (line, reason, raw row). */
    public void exportRejected() {
        DatasetInfo d = selected.get();
        List<RejectedRow> problems = List.copyOf(rejected);
        if (d == null || problems.isEmpty()) {
            return;
        }
        dialogs.saveFile(Dialogs.FileRequest.save("Export quarantined rows",
                d.name() + "-v" + d.version() + "-quarantined.csv", Dialogs.FileType.CSV)).ifPresent(target ->
                tasks.submit("Exporting quarantined rows", ctx -> {
                    RowProblemsCsv.writeRejected(target, problems);
                    return target;
                }, path -> notice.set(Formats.count(problems.size()) + " quarantined rows written to " + path),
                        errors::report));
    }

    static String describe(DatasetInfo d) {
        StringBuilder text = new StringBuilder();
        text.append("Version ").append(d.version()).append(" · ").append(Formats.count(d.rowsImported()))
                .append(" rows · ").append(d.columnCount()).append(" columns");
        if (d.targetColumn() != null) {
            text.append(" · target ").append(d.targetColumn());
        }
        if (d.rowsRejected() > 0) {
            text.append(" · ").append(Formats.count(d.rowsRejected())).append(" rows quarantined");
        }
        text.append(" · from ").append(Formats.fileName(d.source().path()));
        return text.toString();
    }

    public ObservableList<DatasetInfo> datasets() {
        return datasets;
    }

    /** Off by default: names, e-mails, phones and tax ids are masked on screen as in exports (finding m18). */
    public BooleanProperty showPersonalDataProperty() {
        return showPersonalData;
    }

    /**
     * A stored value as the rows table shows it: formatted for its column, and masked when the column holds
     * personal data and the user has not asked to see it.
     */
    public String cellText(StoredRow row, int index, ColumnInfo column) {
        if (index >= row.values().size() || row.values().get(index) == null) {
            return MISSING; // a blank cell reads as an empty string (finding m18)
        }
        String text = DisplayValues.format(row.values().get(index), column);
        if (column.role() != ColumnRole.PII || showPersonalData.get()) {
            return text;
        }
        return PersonalDataMasking.mask(PersonalDataKind.guess(column.name(), text), text);
    }

    public BooleanProperty showAllVersionsProperty() {
        return showAllVersions;
    }

    public ObjectProperty<DatasetInfo> selectedProperty() {
        return selected;
    }

    public ObservableList<ColumnInfo> columns() {
        return columns;
    }

    /** The selected dataset's rows, a page at a time. */
    public RowPages pages() {
        return pages;
    }

    public ObservableList<RejectedRow> rejected() {
        return rejected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A line about the last thing done (deleted, exported), for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Makes checking the warnings of this dataset (just imported) the next step while it is selected. */
    public void checkWarningsNext(DatasetInfo imported) {
        warningsToCheck.set(imported.id());
    }

    /** The step after this screen: the warnings of the dataset just imported, else Explore. */
    public NextStep nextStep() {
        DatasetInfo d = selected.get();
        return d != null && d.id() == warningsToCheck.get() ? NextStep.CHECK_WARNINGS : NextStep.EXPLORE;
    }

    /** The next step was taken: it is Explore from now on. */
    public void nextStepTaken() {
        warningsToCheck.set(-1);
    }

    /** The next-step button's words, following the selection. */
    public StringBinding nextStepLabel() {
        return Bindings.createStringBinding(() -> nextStep().label(), selected, warningsToCheck);
    }

    /** Says what the datasets table waits for (the sample being imported); empty when it waits for nothing. */
    public void busyWith(String message) {
        busy.set(message == null ? "" : message);
    }

    /**
     * What the empty datasets table says (finding m1): what it waits for, or how to import the first file.
     */
    public StringBinding datasetsMessage() {
        return Bindings.createStringBinding(() -> busy.get().isEmpty()
                ? "No datasets yet. Click Import… or drop a CSV, Excel or ARFF file here." : busy.get(), busy);
    }

    /** What the empty rows table says: loading, or that no dataset is chosen. */
    public StringBinding rowsMessage() {
        return Bindings.createStringBinding(() -> loading.get() ? "Loading rows…"
                : selected.get() == null ? "Select a dataset to see its rows." : "No rows.", loading, selected);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
