package app.retention.ui.explore;

import app.retention.data.DatasetCatalog;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.error.WorkbenchException;
import app.retention.explore.ColumnProfile;
import app.retention.explore.DataWarning;
import app.retention.explore.DatasetProfile;
import app.retention.explore.Driver;
import app.retention.explore.ExploreService;
import app.retention.explore.WarningAction;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;

/**
 * The Explore screen: for the chosen dataset its headline numbers, columns, churn drivers and data warnings, plus
 * the per-column chart ({@link ColumnViewModel}) and the crosstab ({@link CrosstabViewModel}). Everything is read
 * in the background; answers for a dataset the user has left are dropped.
 */
public final class ExploreViewModel {

    private final ExploreService service;
    private final DatasetCatalog repository;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;

    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetInfo> dataset = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DatasetProfile> profile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ColumnProfile> columns = FXCollections.observableArrayList();
    private final ObservableList<Driver> drivers = FXCollections.observableArrayList();
    private final ObservableList<DataWarning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper driversMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper baseRateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warningsTitle = new ReadOnlyStringWrapper("Warnings");
    private final javafx.beans.property.ReadOnlyIntegerWrapper warningsWanted =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ColumnViewModel column;
    private final CrosstabViewModel crosstab;

    private final LatestRequest reading;
    private DatasetOverview shown;

    public ExploreViewModel(ExploreService service, DatasetCatalog repository, BackgroundTasks tasks,
                            ErrorReporter errors, Dialogs dialogs) {
        this.service = service;
        this.repository = repository;
        this.tasks = tasks;
        this.reading = new LatestRequest(tasks);
        this.errors = errors;
        this.column = new ColumnViewModel(service, tasks, errors, notice::set, dialogs);
        this.crosstab = new CrosstabViewModel(service, tasks, errors, notice::set, dialogs);
        dataset.addListener((obs, was, now) -> load(now, null));
    }

    /**
     * Offers {@code available} datasets and shows {@code preferred} (the Data screen's selection) when given,
     * else keeps the current one if it is still there, else the first.
     */
    public void follow(List<DatasetInfo> available, DatasetInfo preferred) {
        // the same list again (the user's own choice coming back from the Data screen) leaves the items alone:
        // replacing a combo box's items while it reports a choice leaves it blank (review finding M2)
        if (!datasets.equals(available)) {
            datasets.setAll(available);
        }
        DatasetInfo current = dataset.get();
        DatasetInfo pick = preferred != null && available.contains(preferred) ? preferred
                : current != null && available.contains(current) ? current
                : available.isEmpty() ? null : available.get(0);
        if (pick == null || !pick.equals(current)) {
            dataset.set(pick);
        }
    }

    /** Reads the shown dataset again (its profile is cached by the service, so this is quick). */
    public void reload() {
        load(dataset.get(), column.selectedProperty().get() == null ? null : column.selectedProperty().get().name());
    }

    private void load(DatasetInfo d, String keepColumn) {
        reading.cancel();
        if (shown == null || d == null || !shown.dataset().equals(d)) {
            clear();
        }
        if (d == null) {
            return;
        }
        loading.set(true);
        summary.set(Formats.count(d.rowsImported()) + " customers · reading…");
        reading.submit("Exploring " + d.name(), ctx -> overview(d, ctx), ov -> show(ov, keepColumn),
                failure -> failed(d, failure), () -> loading.set(false));
    }

    private DatasetOverview overview(DatasetInfo d, TaskContext ctx) {
        List<ColumnInfo> cols = repository.columns(d);
        DatasetProfile p = service.profile(d, ctx);
        List<Driver> found = List.of();
        String problem = null;
        try {
            found = service.drivers(d, ctx);
        } catch (WorkbenchException e) {
            problem = e.getMessage();
        }
        ctx.checkCancelled();
        return new DatasetOverview(d, cols, p, found, problem, service.warnings(d, ctx));
    }

    private void show(DatasetOverview ov, String keepColumn) {
        if (!ov.dataset().equals(dataset.get())) {
            return;
        }
        shown = ov;
        loading.set(false);
        DatasetProfile p = ov.profile();
        profile.set(p);
        summary.set(Formats.count(p.rows()) + " customers · " + p.columns().size() + " columns"
                + (p.target() == null ? " · no churn target" : " · target " + p.target() + " = " + p.churnLabel()));
        baseRateText.set(Double.isNaN(p.baseRate()) ? "" : Formats.percent(p.baseRate()) + " churned");
        columns.setAll(p.columns());
        drivers.setAll(ov.drivers());
        driversMessage.set(ov.driversProblem() != null ? ov.driversProblem()
                : "No feature columns to rank: mark some columns as features.");
        warnings.setAll(ov.warnings());
        long serious = ov.warnings().stream().filter(w -> w.severity() != DataWarning.Severity.INFO).count();
        warningsTitle.set(serious == 0 ? "Warnings" : "Warnings (" + serious + ")");
        column.show(ov, columnToShow(ov, keepColumn));
        crosstab.show(ov);
    }

    /** The column kept from before, else the strongest driver, else the first feature, else the first column. */
    private static ColumnProfile columnToShow(DatasetOverview ov, String keep) {
        List<ColumnProfile> all = ov.profile().columns();
        String name = keep != null ? keep : ov.drivers().isEmpty() ? null : ov.drivers().get(0).column();
        return all.stream().filter(c -> c.name().equals(name)).findFirst()
                .or(() -> all.stream().filter(c -> c.role() == ColumnRole.FEATURE).findFirst())
                .orElse(all.isEmpty() ? null : all.get(0));
    }

    private void failed(DatasetInfo d, Throwable failure) {
        if (d.equals(dataset.get())) {
            loading.set(false);
            summary.set(Formats.count(d.rowsImported()) + " customers");
            errors.report(failure);
        }
    }

    private void clear() {
        shown = null;
        profile.set(null);
        summary.set("");
        baseRateText.set("");
        columns.clear();
        drivers.clear();
        warnings.clear();
        driversMessage.set("");
        warningsTitle.set("Warnings");
        column.show(null, null);
        crosstab.show(null);
    }

    /** Shows a column's chart and statistics (e.g. after a double click on a driver). */
    public void selectColumn(String name) {
        columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .ifPresent(c -> column.selectedProperty().set(c));
    }

    /** Carries out a warning's action, then reads the dataset again so every tab reflects it. */
    public void apply(WarningAction action) {
        DatasetInfo d = dataset.get();
        if (d == null || action == null) {
            return;
        }
        String keep = column.selectedProperty().get() == null ? null : column.selectedProperty().get().name();
        reading.cancel();
        loading.set(true);
        reading.submit(action.label(), ctx -> {
            service.apply(d, action);
            return overview(d, ctx);
        }, ov -> {
            notice.set(done(action));
            show(ov, keep);
        }, failure -> failed(d, failure), () -> loading.set(false));
    }

    private static String done(WarningAction action) {
        return switch (action.kind()) {
            case IGNORE_COLUMN -> action.column() + " is now ignored: models will not use it.";
            case MERGE_CATEGORIES -> String.format(Locale.ROOT, "Merged %d spelling%s in %s.", action.merges().size(),
                    action.merges().size() == 1 ? "" : "s", action.column());
        };
    }

    /** The drivers table as tab-separated text. */
    public String driversTsv() {
        return TsvTable.of(List.of("Column", "ROC AUC", "Information value", "What we see"), drivers.stream()
                .map(d -> List.of(d.column(), decimal(d.auc(), 3), decimal(d.iv(), 3), d.sentence())).toList());
    }

    static String decimal(double value, int places) {
        return String.format(Locale.US, "%." + places + "f", value);
    }

    public ObservableList<DatasetInfo> datasets() {
        return datasets;
    }

    public ObjectProperty<DatasetInfo> datasetProperty() {
        return dataset;
    }

    public ReadOnlyObjectProperty<DatasetProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ObservableList<ColumnProfile> columns() {
        return columns;
    }

    public ObservableList<Driver> drivers() {
        return drivers;
    }

    /** Why the drivers table is empty. */
    public ReadOnlyStringProperty driversMessageProperty() {
        return driversMessage.getReadOnlyProperty();
    }

    public ObservableList<DataWarning> warnings() {
        return warnings;
    }

    /** Asks the screen to show the Warnings tab (the step after an import, finding M12). */
    public void showWarnings() {
        warningsWanted.set(warningsWanted.get() + 1);
    }

    /** Counts the requests to show the Warnings tab; the view selects it on each. */
    public javafx.beans.property.ReadOnlyIntegerProperty warningsWantedProperty() {
        return warningsWanted.getReadOnlyProperty();
    }

    /** "Warnings (2)": the number of errors and warnings, infos not counted. */
    public ReadOnlyStringProperty warningsTitleProperty() {
        return warningsTitle.getReadOnlyProperty();
    }

    /** "20,000 customers · 23 columns · target churned_30d = Yes". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "21.5% churned", empty without a target. */
    public ReadOnlyStringProperty baseRateProperty() {
        return baseRateText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A line about the last thing done, for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ColumnViewModel column() {
        return column;
    }

    public CrosstabViewModel crosstab() {
        return crosstab;
    }
}
