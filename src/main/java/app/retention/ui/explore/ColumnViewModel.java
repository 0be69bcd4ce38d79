package app.retention.ui.explore;

import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.explore.ChurnBreakdown;
import app.retention.explore.ColumnProfile;
import app.retention.explore.Driver;
import app.retention.explore.ExploreService;
import app.retention.explore.RateGroup;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ChartFiles;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import app.retention.ui.common.UserMessages;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The Column tab: one column's churn rate by group (chart and table), its statistics and what drives it. */
public final class ColumnViewModel {

    public static final int DEFAULT_BINS = 10;
    public static final int MIN_BINS = 2;
    public static final int MAX_BINS = 50;

    private final ExploreService service;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Consumer<String> notices;
    private final Dialogs dialogs;

    private final ObjectProperty<ColumnProfile> selected = new SimpleObjectProperty<>();
    private final IntegerProperty bins = new SimpleIntegerProperty(DEFAULT_BINS);
    private final ReadOnlyObjectWrapper<ChurnBreakdown> breakdown = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RateGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<ColumnStats.Stat> stats = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper numeric = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    private DatasetOverview overview;
    private final LatestRequest reading;

    ColumnViewModel(ExploreService service, BackgroundTasks tasks, ErrorReporter errors, Consumer<String> notices,
                        Dialogs dialogs) {
        this.dialogs = dialogs;
        this.service = service;
        this.tasks = tasks;
        this.reading = new LatestRequest(tasks);
        this.errors = errors;
        this.notices = notices;
        selected.addListener((obs, was, now) -> load());
        bins.addListener((obs, was, now) -> {
            if (numeric.get()) {
                load();
            }
        });
    }

    /** A new dataset overview (or none) with the column to show first. */
    void show(DatasetOverview ov, ColumnProfile first) {
        overview = ov;
        if (first != null && first.equals(selected.get())) {
            load();
        } else {
            selected.set(first);
        }
    }

    private void load() {
        reading.cancel();
        ColumnProfile column = selected.get();
        breakdown.set(null);
        groups.clear();
        loading.set(false);
        if (overview == null || column == null) {
            stats.clear();
            title.set("");
            sentence.set("");
            message.set(overview == null ? "" : "Pick a column on the left.");
            numeric.set(false);
            return;
        }
        numeric.set(column.type().isNumeric());
        title.set(column.name());
        stats.setAll(ColumnStats.of(column));
        sentence.set(overview.driverOf(column.name()).map(Driver::sentence).orElse(""));
        String reason = whyNoChart(column);
        message.set(reason);
        if (!reason.isEmpty()) {
            return;
        }
        DatasetInfo d = overview.dataset();
        int n = bins.get();
        loading.set(true);
        reading.submit("Churn by " + column.name(), ctx -> service.churnBy(d, column.name(), n, ctx), b -> {
            if (isCurrent(d, column, n)) {
                loading.set(false);
                breakdown.set(b);
                groups.setAll(b.groups());
            }
        }, failure -> {
            if (isCurrent(d, column, n)) {
                loading.set(false);
                message.set(UserMessages.describe(failure));
            }
        }, () -> loading.set(false));
    }

    private String whyNoChart(ColumnProfile column) {
        if (!overview.hasTarget()) {
            return overview.driversProblem() != null ? overview.driversProblem()
                    : "This dataset has no churn target, so churn rates cannot be shown.";
        }
        if (column.role() == ColumnRole.ID) {
            return column.name() + " identifies customers: every value is its own group, so there is nothing to chart.";
        }
        if (column.role() == ColumnRole.PII) {
            return column.name() + " holds personal data: it is not charted and never used in models.";
        }
        return "";
    }

    private boolean isCurrent(DatasetInfo d, ColumnProfile column, int n) {
        return overview != null && overview.dataset().equals(d) && column.equals(selected.get()) && n == bins.get();
    }

    /** The groups as tab-separated text: what the chart shows, with the 95% intervals. */
    public String groupsTsv() {
        return TsvTable.of(List.of(title.get(), "Customers", "Churners", "Churn rate", "95% low", "95% high",
                "vs average"), groups.stream().map(g -> List.of(g.label(), Long.toString(g.customers()),
                Long.toString(g.churners()), ratio(g.rate()), ratio(g.low()), ratio(g.high()), times(g.ratio()))).toList());
    }

    static String ratio(double share) {
        return Double.isNaN(share) ? "" : String.format(Locale.US, "%.4f", share);
    }

    static String times(double ratio) {
        return Double.isNaN(ratio) ? "" : String.format(Locale.US, "%.2f×", ratio);
    }

    /** Asks where to save the chart shown, proposing {@link #suggestedFileName}, and saves it there. */
    public void saveChartAs(boolean svg) {
        ChartFiles.ask(dialogs, suggestedFileName(svg ? "svg" : "png"), svg).ifPresent(this::saveChart);
    }

    /** Saves the chart shown as PNG, or SVG when the file name ends in .svg. */
    public void saveChart(Path file) {
        ChurnBreakdown b = breakdown.get();
        if (b == null) {
            return;
        }
        ChartFiles.saveInBackground(tasks, () -> ChurnChart.of(b), file, notices, errors);
    }

    /** A file name for the chart of the shown column. */
    public String suggestedFileName(String extension) {
        String dataset = overview == null ? "chart" : overview.dataset().name();
        return Dialogs.fileName(dataset + "-churn-by-" + title.get(), extension);
    }

    /** "12,577 customers · 3,261 churned (25.9%)" for a group, as the chart's tooltip and the table say it. */
    static String describe(RateGroup g) {
        return Formats.count(g.customers()) + " customers · " + Formats.count(g.churners()) + " churned ("
                + Formats.percent(g.rate()) + ")";
    }

    public ObjectProperty<ColumnProfile> selectedProperty() {
        return selected;
    }

    public IntegerProperty binsProperty() {
        return bins;
    }

    public ReadOnlyObjectProperty<ChurnBreakdown> breakdownProperty() {
        return breakdown.getReadOnlyProperty();
    }

    public ObservableList<RateGroup> groups() {
        return groups;
    }

    public ObservableList<ColumnStats.Stat> stats() {
        return stats;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The driver sentence of the column, empty when it is not a ranked feature. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** Why there is no chart (no target, an identifier, an error), else empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Numbers come in quantile bins: the bins control applies. */
    public ReadOnlyBooleanProperty numericProperty() {
        return numeric.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
